package org.peermap.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peermap.diagnostic.Diagnostics;
import org.peermap.diagnostic.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The source stage: reads a case file's bytes into a tree of {@link Node}s that keep their positions.
 *
 * <p>It works on SnakeYAML's parser events rather than its composer, so that anchors, aliases and tags
 * are refused before they can do anything (no alias is ever expanded, so alias bombs cost nothing),
 * duplicate keys are reported at the second key, nesting is bounded without recursion, and every
 * scalar stays the text the user wrote.
 */
public final class SourceReader {
    /** Files larger than this are refused unread. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Mappings and lists nested deeper than this are refused. */
    public static final int MAX_DEPTH = 64;

    private SourceReader() {}

    /** Reads one file; {@code name} is only used in diagnostics. */
    public static SourceDocument read(String name, byte[] bytes) {
        return read(name, bytes, false);
    }

    /** Reads a part of a case (its positions name it); {@code name} is only used in diagnostics. */
    public static SourceDocument readPart(String name, byte[] bytes) {
        return read(name, bytes, true);
    }

    private static SourceDocument read(String name, byte[] bytes, boolean part) {
        Diagnostics diagnostics = new Diagnostics(name);
        if (bytes.length > MAX_BYTES) {
            diagnostics.error(Position.START, "file is larger than 5 MB; a case file is expected to be far smaller");
            return new SourceDocument(new SourceFile(name, ""), Optional.empty(), diagnostics.sorted(), false);
        }
        Optional<String> decoded = TextDecoder.decode(bytes, diagnostics);
        if (decoded.isEmpty()) {
            return new SourceDocument(new SourceFile(name, ""), Optional.empty(), diagnostics.sorted(), false);
        }
        SourceFile file = new SourceFile(name, blankWhitespaceLines(decoded.get()), decoded.get(), part);
        if (reportTabIndentation(file.text(), diagnostics) | reportHiddenLineBreaks(file, diagnostics)) {
            return new SourceDocument(file, Optional.empty(), diagnostics.sorted(), false);
        }
        Optional<Node> root = Optional.empty();
        TreeBuilder builder = new TreeBuilder(diagnostics, file);
        try {
            root = builder.build(file.text());
        } catch (MarkedYAMLException e) {
            boolean leftOpen = e.getProblem() != null && e.getProblem().contains("end of stream")
                    && e.getContextMark() != null;
            diagnostics.error(position(file, leftOpen ? e.getContextMark() : e.getProblemMark()),
                    leftOpen ? SyntaxMessages.leftOpen(e.getContext()) : SyntaxMessages.describe(e.getProblem()));
            root = Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(Position.START, "the file could not be read as YAML");
            root = Optional.empty();
        }
        if (root.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(Position.START, part ? "file is empty; expected a part starting with 'peermap-part: 1'"
                    + " and 'agency'" : "file is empty; expected a case starting with 'peermap: 1', 'title', 'reference'"
                    + " and 'people'");
        }
        return new SourceDocument(file, root, diagnostics.sorted(), !builder.damaged);
    }

    /**
     * Lines holding only spaces and tabs become empty: YAML allows them, but the parser refuses a tab on
     * such a line. No token is on them, so every position stays the same.
     */
    static String blankWhitespaceLines(String text) {
        return text.replaceAll("(?m)^[ \\t]+(?=\\r?$)", "");
    }

    /**
     * Reports each U+0085, U+2028 and U+2029: YAML reads them as line breaks, but most editors show none, so
     * the file would not mean what it looks like. True when any was found.
     */
    private static boolean reportHiddenLineBreaks(SourceFile file, Diagnostics diagnostics) {
        boolean found = false;
        String text = file.text();
        int offset = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                diagnostics.error(file.positionOf(offset), String.format(java.util.Locale.ROOT,
                        "the character U+%04X (%s), which YAML reads as a line break but editors often do not"
                                + " show; delete it, or start a new line with Enter", cp,
                        cp == 0x85 ? "next line" : cp == 0x2028 ? "line separator" : "paragraph separator"));
                found = true;
            }
            i += Character.charCount(cp);
            offset++;
        }
        return found;
    }

    /** Reports each line whose indentation holds a tab; true when any did. */
    private static boolean reportTabIndentation(String text, Diagnostics diagnostics) {
        boolean found = false;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int tab = -1;
            int column = 0;
            while (column < line.length() && (line.charAt(column) == ' ' || line.charAt(column) == '\t')) {
                if (line.charAt(column) == '\t' && tab < 0) {
                    tab = column;
                }
                column++;
            }
            boolean blank = column == line.length();
            if (tab >= 0 && !blank) {
                diagnostics.error(new Position(i + 1, tab + 1), "tab used for indentation; indent with spaces");
                found = true;
            }
        }
        return found;
    }

    /**
     * The position of a parser mark, counted by the file's own line breaks (\n, \r\n, \r): not the
     * parser's line and column, which also break lines at U+0085, U+2028 and U+2029 and so would shift every
     * later position from the line an editor shows.
     */
    static Position position(SourceFile file, Mark mark) {
        return mark == null ? Position.START : file.positionOf(mark.getIndex());
    }

    /** Builds the tree from parser events with an explicit stack (no recursion, so depth is bounded). */
    private static final class TreeBuilder {
        private final Diagnostics diagnostics;
        private final Deque<Collection> open = new ArrayDeque<>();
        private Node root;
        private int documents;
        /** Set when a value had to be left out of the tree (a key that is not text). */
        private boolean damaged;

        private final SourceFile file;

        TreeBuilder(Diagnostics diagnostics, SourceFile file) {
            this.diagnostics = diagnostics;
            this.file = file;
        }

        Optional<Node> build(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(MAX_BYTES + 1);
            options.setProcessComments(false);
            options.setAllowDuplicateKeys(true); // reported here, at the second key
            options.setMaxAliasesForCollections(0);
            Parser parser = new ParserImpl(new StreamReader(text), options);
            while (true) {
                Event event = parser.getEvent();
                switch (event.getEventId()) {
                    case StreamEnd:
                        return Optional.ofNullable(root);
                    case DocumentStart:
                        documents++;
                        if (documents > 1) {
                            diagnostics.error(position(file, event.getStartMark()),
                                    "a second YAML document ('---') is not allowed; one case per file");
                            return Optional.ofNullable(root);
                        }
                        break;
                    case Alias:
                        diagnostics.error(position(file, event.getStartMark()),
                                "aliases (*name) are not allowed; write the value out in full");
                        return Optional.empty();
                    case Scalar:
                        refuseAnchorAndTag((NodeEvent) event, ((ScalarEvent) event).getTag());
                        add(scalar((ScalarEvent) event));
                        break;
                    case MappingStart:
                    case SequenceStart:
                        refuseAnchorAndTag((NodeEvent) event, ((CollectionStartEvent) event).getTag());
                        if (open.size() >= MAX_DEPTH) {
                            diagnostics.error(position(file, event.getStartMark()),
                                    "values are nested more than " + MAX_DEPTH + " levels deep");
                            return Optional.empty();
                        }
                        open.push(new Collection(event.getEventId() == Event.ID.MappingStart,
                                position(file, event.getStartMark())));
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        add(open.pop().toNode());
                        break;
                    default:
                        break;
                }
            }
        }

        private void refuseAnchorAndTag(NodeEvent event, String tag) {
            if (event.getAnchor() != null) {
                diagnostics.error(position(file, event.getStartMark()),
                        "anchors (&name) are not allowed; write each value out in full");
            }
            if (tag != null) {
                diagnostics.error(position(file, event.getStartMark()),
                        "tags (!name or !!type) are not allowed; every value is read as plain text");
            }
        }

        private Scalar scalar(ScalarEvent event) {
            Mark start = event.getStartMark();
            Mark end = event.getEndMark();
            return new Scalar(event.getValue(), position(file, start), start.getIndex(), end.getIndex(),
                    event.isSQuoted() || event.isDQuoted(), event.isLiteral() || event.isFolded());
        }

        private void add(Node node) {
            if (open.isEmpty()) {
                root = node;
            } else {
                damaged |= !open.peek().add(node, diagnostics);
            }
        }
    }

    /** A mapping or list being read. */
    private static final class Collection {
        private final boolean mapping;
        private final Position start;
        private final List<Node> items = new ArrayList<>();
        private final List<Mapping.Entry> entries = new ArrayList<>();
        private final Map<String, Position> keys = new HashMap<>();
        private Scalar pendingKey;
        private boolean expectingValue;
        private boolean skipValue;

        Collection(boolean mapping, Position start) {
            this.mapping = mapping;
            this.start = start;
        }

        /** Adds a node; false when it had to be left out so that the tree is no longer what the file says. */
        boolean add(Node node, Diagnostics diagnostics) {
            if (!mapping) {
                items.add(node);
                return true;
            }
            if (!expectingValue) {
                expectingValue = true;
                skipValue = false;
                pendingKey = null;
                if (!(node instanceof Scalar key)) {
                    diagnostics.error(node.start(), "a key must be plain text, not " + node.describe());
                    skipValue = true;
                    return false;
                }
                Position first = keys.putIfAbsent(key.value(), key.start());
                if (first != null) {
                    diagnostics.error(key.start(), "duplicate key; the same key is already used at line "
                            + first.line() + " of this mapping (only the first is read)");
                    skipValue = true;
                    return true;
                }
                pendingKey = key;
                return true;
            }
            expectingValue = false;
            if (!skipValue) {
                entries.add(new Mapping.Entry(pendingKey, node));
            }
            return true;
        }

        Node toNode() {
            return mapping ? new Mapping(entries, start) : new Sequence(items, start);
        }
    }
}
