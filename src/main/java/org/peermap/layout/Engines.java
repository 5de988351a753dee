package org.peermap.layout;

/** Chooses the Graphviz that lays out maps. */
public final class Engines {
    private Engines() {}

    /** The engines a user can ask for. */
    public enum Choice { AUTO, DOT, EMBEDDED }

    /**
     * The engine for a choice: {@code auto} takes native dot when it is on the PATH (fast, the reference
     * output), else the embedded engine, which needs no install.
     */
    public static LayoutEngine choose(Choice choice) {
        return switch (choice) {
            case DOT -> NativeDot.find().orElseThrow(() -> new LayoutException(LayoutException.Kind.UNAVAILABLE,
                    "--engine dot was asked for, but Graphviz dot is not on the PATH (install graphviz, or use"
                            + " --engine embedded)", null));
            case EMBEDDED -> EmbeddedEngine.shared();
            case AUTO -> NativeDot.find().<LayoutEngine>map(d -> d).orElseGet(EmbeddedEngine::shared);
        };
    }
}
