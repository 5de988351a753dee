package org.peermap.render.peer;

import java.util.List;
import java.util.Set;
import org.peermap.model.Paper;

/**
 * What one peer map page is drawn for, beyond its case and layout.
 *
 * @param paper the paper the page is laid out for
 * @param narrative whether the page shows the narrative panel
 * @param says what the page shows when it is not simply the whole case ("AB and everyone within 2 steps"),
 *     in printed words only; empty for the whole case
 * @param partial the numbers of incidents only some of whose people are on this page: drawn without an
 *     outline (their badges still show them), and said so in the key
 * @param partialWhy why the partial incidents have no outline, in the key ("this page is about incident 4")
 * @param numbers for each person of the page's case, in order, their number in the whole case's listing
 *     (from 1), which the SVG's {@code data-n} carries so that every page numbers a person alike; empty
 *     when the page's case is the whole case
 * @param changed on a changes map (peermap diff), what is new and what was removed; {@link Changed#NONE} else
 */
public record Sheet(Paper paper, boolean narrative, String says, Set<Integer> partial, String partialWhy,
        List<Integer> numbers, Changed changed) {

    public Sheet {
        partial = Set.copyOf(partial);
        numbers = List.copyOf(numbers);
    }

    /** A page that marks no changes. */
    public Sheet(Paper paper, boolean narrative, String says, Set<Integer> partial, String partialWhy,
            List<Integer> numbers) {
        this(paper, narrative, says, partial, partialWhy, numbers, Changed.NONE);
    }

    /** The whole case on {@code paper}. */
    public static Sheet whole(Paper paper, boolean narrative) {
        return new Sheet(paper, narrative, "", Set.of(), "", List.of());
    }

    /** The printed number (from 1) of the page's person at {@code node} (from 0). */
    int number(int node) {
        return numbers.isEmpty() ? node + 1 : numbers.get(node);
    }
}
