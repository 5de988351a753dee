package org.peermap.render.peer;

import java.util.ArrayList;
import java.util.List;
import org.peermap.render.KeyPanel;
import org.peermap.model.Paper;
import org.peermap.render.TitleBlock;
import org.peermap.render.geometry.Box;

/**
 * Where the parts of a peer map page go: the map, the key on the right, the list of incidents (under the
 * key, in a column beside it, or beside the narrative under the map: whichever lets the map print
 * largest) and the narrative under the map. The map comes first: when it would print with text under
 * 8 pt, the page shows fewer of the narrative's lines (the appendix has all of it), and only when even
 * that is not enough does the page grow, with a warning.
 */
final class PeerPage {
    static final double GAP = 12;
    static final double MAP_MARGIN = 6;
    static final int[] NARRATIVE_STEPS = {8, 3, 1};

    /** Where the incident list goes. */
    enum ListPlace { UNDER_KEY, BESIDE_KEY, BESIDE_NARRATIVE }

    /** The arrangement: page size, the map's area and scale, and each panel's place. */
    record Arrangement(double pageWidth, double pageHeight, Box area, double scale, double keyX, double listX,
            double listY, int listRows, List<String> narrative, Box narrativeBox, List<String> warnings) {
        boolean fitsPaper(Paper paper) {
            return pageWidth <= paper.width() + 0.01 && pageHeight <= paper.height() + 0.01;
        }
    }

    private PeerPage() {}

    /**
     * Whether a map of these shapes cannot fit {@code paper} at 8 pt whatever its layout: Graphviz keeps {@code room}
     * points clear round every shape, so the map covers at least each shape grown by half that room, and that is more
     * than the largest area a page of the paper gives its map (no list or narrative under it), at the smallest scale.
     */
    static boolean cannotFit(Paper paper, List<org.peermap.layout.Graph.Node> shapes, double room) {
        double covered = 0;
        for (org.peermap.layout.Graph.Node n : shapes) {
            covered += (n.width() + room) * (n.height() + room);
        }
        double width = paper.width() - 2 * TitleBlock.MARGIN - KeyPanel.WIDTH - GAP;
        double height = paper.height() - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
        double scale = PeerMapRenderer.MIN_SCALE;
        return covered * scale * scale > width * height;
    }

    /**
     * @param content the map's extent in layout units (drawn at a scale between MIN and MAX)
     * @param keyHeight the key panel's height
     * @param list the incident list's heights by the number of incidents it shows: a list longer than its
     *     place on the page shows its first incidents and says how many more the appendix has, so the list
     *     never makes the page grow
     */
    static Arrangement arrange(Paper paper, Box content, double keyHeight, IncidentList.Sizes list,
            String narrative) {
        Arrangement a = arrange(paper.width(), paper.height(), content, keyHeight, list, narrative);
        if (a.scale() >= PeerMapRenderer.MIN_SCALE && a.fitsPaper(paper)) {
            return a;
        }
        // Too large: the page grows in steps, keeping its shape, until the map prints at a readable size, but
        // never past Paper.MOST_GROWTH times its paper each way.
        double grow = 1;
        while (a.scale() < PeerMapRenderer.MIN_SCALE && grow < Paper.MOST_GROWTH) {
            grow = Math.min(Paper.MOST_GROWTH, grow * 1.04);
            a = arrange(paper.width() * grow, paper.height() * grow, content, keyHeight, list, narrative);
        }
        String name = paper.key().toUpperCase(java.util.Locale.ROOT);
        String size = Math.round(a.pageWidth() * 25.4 / 72) + " x " + Math.round(a.pageHeight() * 25.4 / 72) + " mm";
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.add(a.scale() >= PeerMapRenderer.MIN_SCALE
                ? "the peer map is too large for " + name + " at a readable text size; the page was enlarged to "
                        + size + " (print it scaled to fit, or on A3)"
                : "the peer map is too large to read even on a page enlarged to " + size + " (" + Math.round(
                        Paper.MOST_GROWTH) + " times " + name + " each way, the largest peermap draws), so its"
                        + " text is smaller than 8 pt there; --focus PERSON --steps N or --incident N draws a part"
                        + " that fits");
        return new Arrangement(a.pageWidth(), a.pageHeight(), a.area(), a.scale(), a.keyX(), a.listX(), a.listY(),
                a.listRows(), a.narrative(), a.narrativeBox(), warnings);
    }

    private static Arrangement arrange(double paperWidth, double paperHeight, Box content, double keyHeight,
            IncidentList.Sizes list, String narrative) {
        double columnRoom = paperHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
        List<ListPlace> places = new ArrayList<>();
        if (list.all() == 0 || keyHeight + GAP + list.whole() <= columnRoom) {
            places.add(ListPlace.UNDER_KEY);
        } else {
            places.add(ListPlace.BESIDE_NARRATIVE);
            places.add(ListPlace.BESIDE_KEY);
        }
        Arrangement best = null;
        for (int most : NARRATIVE_STEPS) {
            for (ListPlace where : places) {
                Arrangement a = arrange(paperWidth, paperHeight, content, keyHeight, list, narrative, most,
                        where);
                if (a.scale() >= PeerMapRenderer.MIN_SCALE) {
                    return a;
                }
                if (best == null || a.scale() > best.scale()) {
                    best = a;
                }
            }
        }
        return best;
    }

    private static Arrangement arrange(double paperWidth, double paperHeight, Box content, double keyHeight,
            IncidentList.Sizes list, String narrative, int most, ListPlace where) {
        double fullWidth = paperWidth - 2 * TitleBlock.MARGIN;
        double columnRoom = paperHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
        // the list's room in its place: under the key, what the key leaves; beside it, the column; under the
        // map, half the page's height, so that the map keeps the other half
        int listRows = list.rowsWithin(switch (where) {
            case UNDER_KEY -> columnRoom - keyHeight - GAP;
            case BESIDE_KEY -> columnRoom;
            case BESIDE_NARRATIVE -> columnRoom / 2;
        });
        double listHeight = list.all() == 0 ? 0 : list.height(listRows);
        double columns = where == ListPlace.BESIDE_KEY ? 2 * KeyPanel.WIDTH + GAP : KeyPanel.WIDTH;
        double columnHeight = switch (where) {
            case UNDER_KEY -> keyHeight + (listHeight > 0 ? GAP + listHeight : 0);
            case BESIDE_KEY -> Math.max(keyHeight, listHeight);
            case BESIDE_NARRATIVE -> keyHeight;
        };
        double areaWidth = fullWidth - columns - GAP;
        double bottomOfColumn = TitleBlock.CONTENT_TOP + columnHeight;
        List<String> lines = PeerMapRenderer.narrativeLines(narrative, fullWidth, most);
        double height = PeerMapRenderer.narrativeHeight(lines);
        boolean across = where != ListPlace.BESIDE_NARRATIVE
                && bottomOfColumn + GAP + height + TitleBlock.BOTTOM <= paperHeight;
        double narrativeWidth = where == ListPlace.BESIDE_NARRATIVE ? areaWidth - KeyPanel.WIDTH - GAP
                : across ? fullWidth : areaWidth;
        if (!across) {
            lines = PeerMapRenderer.narrativeLines(narrative, narrativeWidth, most);
            height = PeerMapRenderer.narrativeHeight(lines);
        }
        double band = where == ListPlace.BESIDE_NARRATIVE ? Math.max(height, listHeight) : height;
        // a list or narrative taller than the paper leaves no room: the map is then drawn tiny, this arrangement
        // loses to the others, and a case with no arrangement that fits gets an overview (never a negative area)
        double areaHeight = Math.max(1, paperHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM
                - (band > 0 ? band + GAP : 0));
        double scale = Math.min(PeerMapRenderer.MAX_SCALE, Math.min(areaWidth / (content.width() + 2 * MAP_MARGIN),
                areaHeight / (content.height() + 2 * MAP_MARGIN)));
        double pageHeight = Math.max(paperHeight, TitleBlock.CONTENT_TOP + columnHeight + TitleBlock.BOTTOM);
        double keyX = paperWidth - TitleBlock.MARGIN - KeyPanel.WIDTH;
        double listX = switch (where) {
            case UNDER_KEY -> keyX;
            case BESIDE_KEY -> keyX - GAP - KeyPanel.WIDTH;
            case BESIDE_NARRATIVE -> TitleBlock.MARGIN + areaWidth - KeyPanel.WIDTH;
        };
        double listY = switch (where) {
            case UNDER_KEY -> TitleBlock.CONTENT_TOP + keyHeight + GAP;
            case BESIDE_KEY -> TitleBlock.CONTENT_TOP;
            case BESIDE_NARRATIVE -> pageHeight - TitleBlock.BOTTOM - listHeight;
        };
        Box narrativeBox = new Box(TitleBlock.MARGIN, pageHeight - TitleBlock.BOTTOM - height, narrativeWidth, height);
        double drawnWidth = content.width() * scale;
        double drawnHeight = content.height() * scale;
        Box area = new Box(TitleBlock.MARGIN + (areaWidth - drawnWidth) / 2,
                TitleBlock.CONTENT_TOP + (areaHeight - drawnHeight) / 2, drawnWidth, drawnHeight);
        List<String> warnings = new ArrayList<>();
        if (!lines.isEmpty() && lines.get(lines.size() - 1).endsWith(" (continued in the appendix)")) {
            warnings.add("the narrative is longer than the map page holds; the page shows its start and the"
                    + " appendix has all of it");
        }
        return new Arrangement(paperWidth, pageHeight, area, scale, keyX, listX, listY, listRows, lines,
                narrativeBox, warnings);
    }
}
