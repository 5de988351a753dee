package org.peermap;

import java.util.List;
import org.peermap.output.OutputFile;
import org.peermap.render.scene.Scene;

/**
 * The outputs of one case, ready to write, and what the user should be told.
 *
 * @param files the files, named by the case's reference
 * @param warnings things worth knowing (a page enlarged, a narrative cut short)
 * @param refusal when not empty, why nothing may be written (for example names without permission)
 * @param pages the map pages drawn, in order, for the PDFs (the case's own and the panel pack's)
 * @param appendix the appendix's Markdown text
 * @param title the case's title as its pages print it (anonymised)
 * @param positions where each person is on the peer map (points, y down, by id), for a later drawing to start from
 *     ({@code render --like}, the live preview); empty when no peer map was drawn
 * @param settled what each peer map page settled on (by page), for a later drawing from {@code positions}
 * @param marking the marking as every page prints it (capitals, with the names warning when names show)
 */
public record Rendered(List<OutputFile> files, List<String> warnings, List<String> refusal, List<Scene> pages,
        String appendix, String title, String marking,
        java.util.Map<String, org.peermap.layout.Layout.XY> positions, java.util.Map<String, Settled> settled) {

    public Rendered {
        positions = java.util.Map.copyOf(positions);
        settled = java.util.Map.copyOf(settled);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        refusal = List.copyOf(refusal);
        pages = List.copyOf(pages);
    }

    /** Nothing to write, and why. */
    static Rendered refused(List<String> warnings, List<String> refusal) {
        return new Rendered(List.of(), warnings, refusal, List.of(), "", "", "", java.util.Map.of(), java.util.Map.of());
    }
}
