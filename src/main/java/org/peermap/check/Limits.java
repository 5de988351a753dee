package org.peermap.check;

import org.peermap.source.Node;

/**
 * How large a case may be. A peer map of more people than this cannot be read on paper anyway, and the
 * limits keep a hostile or mistaken file from costing unbounded time and memory.
 */
final class Limits {
    static final int PEOPLE = 500;
    static final int PLACES = 500;
    static final int KEY = 50;
    static final int RELATIONSHIPS = 2_000;
    static final int WHEREABOUTS = 2_000;
    static final int INCIDENTS = 500;
    static final int ACTIONS = 500;

    private Limits() {}

    /** True when {@code count} is within {@code limit}; else an error at the section, which is then not read. */
    static boolean within(int count, int limit, String what, Node section, Context context) {
        if (count <= limit) {
            return true;
        }
        context.diagnostics.error(section.start(), "a case may have at most " + limit + " " + what + "; this one has "
                + count + " (split it into several cases)");
        return false;
    }
}
