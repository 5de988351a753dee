package org.peermap.diagnostic;

/**
 * A 1-based line and column in a source file. Columns count characters (code points), not bytes. {@code file}
 * names the file when it is a part of a case (a case read from several files); it is empty in a case's own file,
 * whose name the diagnostics already know.
 */
public record Position(int line, int column, String file) implements Comparable<Position> {

    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
        java.util.Objects.requireNonNull(file, "file");
    }

    /** A position in the file the diagnostics are about. */
    public Position(int line, int column) {
        this(line, column, "");
    }

    /**
     * How a message written at {@code here} names this position: "line 12", or "police.yaml line 12" when it is
     * in another file of the case.
     */
    public String from(Position here, String caseFile) {
        String mine = file.isEmpty() ? caseFile : file;
        String theirs = here.file.isEmpty() ? caseFile : here.file;
        return (mine.equals(theirs) ? "" : mine + " ") + "line " + line;
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
