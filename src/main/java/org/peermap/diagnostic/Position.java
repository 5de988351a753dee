package org.peermap.diagnostic;

/** A 1-based line and column in a source file. Columns count characters (code points), not bytes. */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
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
