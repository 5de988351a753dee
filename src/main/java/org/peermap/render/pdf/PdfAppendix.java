package org.peermap.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * An appendix's Markdown (CommonMark with GitHub tables) laid out on pages of the paper: headings, paragraphs
 * and lists as wrapped text, tables as ruled tables ({@link PdfTables}). The marking paragraphs that open
 * and close the Markdown are left out, since every page carries the marking at its top and bottom.
 */
final class PdfAppendix {
    static final float BODY = 9;
    static final float LEADING = 12;
    static final float H1 = 14;
    static final float H2 = 11;
    /** Running text is kept to a readable measure on wide paper; tables use the whole width. */
    static final float MEASURE = 760;
    private static final float INDENT = 14;

    private final PdfFlow flow;
    private final String marking;
    private String caption = "";

    private PdfAppendix(PdfFlow flow, String marking) {
        this.flow = flow;
        this.marking = marking.toUpperCase(Locale.ROOT);
    }

    /** Lays out {@code markdown} on new pages of the flow; {@code marking} is the pages' marking. */
    static void draw(PdfFlow flow, String markdown, String marking) throws IOException {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        PdfAppendix appendix = new PdfAppendix(flow, marking);
        flow.newPage();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            appendix.block(block, 0);
        }
    }

    private void block(Node block, float indent) throws IOException {
        if (block instanceof Heading h) {
            heading(text(h), h.getLevel());
        } else if (block instanceof Paragraph p) {
            String text = text(p);
            boolean bold = strongOnly(p);
            if (bold && isMarking(text)) {
                return;
            }
            if (p.getNext() instanceof TableBlock || p.getNext() instanceof ListBlock) {
                // a line that introduces a table or a list stays with its start
                flow.need(LEADING * 2 + 3 * PdfTables.LEADING + 6 * PdfTables.PAD_Y);
            }
            paragraph(text, bold, indent, "");
            if (text.endsWith(":") && text.length() < 80) {
                caption = text.substring(0, text.length() - 1);
            }
        } else if (block instanceof ListBlock list) {
            list(list, indent);
        } else if (block instanceof TableBlock table) {
            PdfTables.draw(flow, table(table), caption);
        } else if (block instanceof FencedCodeBlock code) {
            paragraph(code.getLiteral().stripTrailing(), false, indent, "");
        } else if (block instanceof IndentedCodeBlock code) {
            paragraph(code.getLiteral().stripTrailing(), false, indent, "");
        } else if (block instanceof HtmlBlock html) {
            paragraph(html.getLiteral().strip(), false, indent, "");
        } else if (block instanceof BlockQuote quote) {
            for (Node inner = quote.getFirstChild(); inner != null; inner = inner.getNext()) {
                block(inner, indent + INDENT);
            }
        } else if (block instanceof ThematicBreak) {
            flow.need(LEADING);
            flow.down(LEADING);
        }
    }

    private void heading(String text, int level) throws IOException {
        float size = level <= 1 ? H1 : level == 2 ? H2 : BODY + 1;
        float before = flow.atTop() ? 0 : level <= 1 ? 4 : 8;
        // keep a heading with at least the start of what follows it
        flow.need(before + size * 1.4f + 3 * LEADING);
        if (!flow.atTop()) {
            flow.down(before);
        }
        List<String> lines = PdfText.wrap(flow.fonts, text, flow.width(), size, true);
        for (String line : lines) {
            flow.down(size * 1.1f);
            PdfText.show(flow.stream(), flow.fonts, flow.left(), flow.y(), line, size, true);
        }
        flow.down(size * 0.6f);
        caption = text;
    }

    /** Wrapped text under the cursor; {@code bullet} hangs in the indent before the first line. */
    private void paragraph(String text, boolean bold, float indent, String bullet) throws IOException {
        float width = Math.min(flow.width(), MEASURE) - indent;
        List<String> lines = PdfText.wrap(flow.fonts, text, width, BODY, bold);
        for (int i = 0; i < lines.size(); i++) {
            flow.need(LEADING);
            flow.down(LEADING);
            if (i == 0 && !bullet.isEmpty()) {
                PdfText.show(flow.stream(), flow.fonts, flow.left() + indent - INDENT + 4, flow.y(), bullet, BODY,
                        false);
            }
            PdfText.show(flow.stream(), flow.fonts, flow.left() + indent, flow.y(), lines.get(i), BODY, bold);
        }
        flow.down(bullet.isEmpty() ? LEADING * 0.5f : LEADING * 0.15f);
    }

    private void list(ListBlock list, float indent) throws IOException {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String bullet = list instanceof BulletList ? "\u2022" : number++ + ".";
            boolean first = true;
            for (Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                if (inner instanceof Paragraph p) {
                    paragraph(text(p), strongOnly(p), indent + INDENT, first ? bullet : "");
                } else {
                    block(inner, indent + INDENT);
                }
                first = false;
            }
        }
        flow.down(LEADING * 0.4f);
    }

    private static PdfTables.Table table(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                if (part instanceof TableHead && header.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        return new PdfTables.Table(header, rows);
    }

    /** A paragraph that is all strong emphasis (the marking, a warning). */
    private static boolean strongOnly(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof StrongEmphasis) && !(n instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return p.getFirstChild() != null;
    }

    /** The marking, or a part of it (the names warning), which the page's edges already carry. */
    private boolean isMarking(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return !t.isEmpty() && marking.contains(t);
    }

    /** A node's text: emphasis dropped, soft breaks as spaces, hard breaks as line breaks. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString().strip();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof HtmlInline h) {
                out.append(h.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.append(' ');
            } else if (n instanceof HardLineBreak) {
                out.append('\n');
            } else {
                collect(n, out);
            }
        }
    }
}
