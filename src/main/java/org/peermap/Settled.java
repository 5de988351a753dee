package org.peermap;

/**
 * What an earlier drawing of one peer map page settled on, for a later drawing that starts from its positions (the
 * live preview, after each save): that drawing tries the same layout first and keeps it while it fits its paper
 * with no line through a person, rather than trying every layout again. Each Graphviz run of a 30-person map costs
 * about 200 ms, so this is most of a redraw's time.
 *
 * @param tuning which of the page's layouts was kept (its place in the list tried)
 */
public record Settled(int tuning) {}
