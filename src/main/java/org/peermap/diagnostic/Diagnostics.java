package org.peermap.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file as a stage finds them. */
public final class Diagnostics {
    private final String file;
    private final List<Diagnostic> list = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** An error at {@code at}, in the file it names if it is in a part of the case, else in this one. */
    public void error(Position at, String message) {
        list.add(Diagnostic.error(at.file().isEmpty() ? file : at.file(), at, message));
    }

    /** A warning at {@code at}, in the file it names if it is in a part of the case, else in this one. */
    public void warning(Position at, String message) {
        list.add(Diagnostic.warning(at.file().isEmpty() ? file : at.file(), at, message));
    }

    public void addAll(List<Diagnostic> more) {
        list.addAll(more);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    /** The diagnostics so far, sorted by position, without duplicates. */
    public List<Diagnostic> sorted() {
        return list.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
    }
}
