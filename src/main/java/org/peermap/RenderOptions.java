package org.peermap;

import java.util.Optional;
import java.util.Set;
import org.peermap.anonymise.Ages;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Period;
import org.peermap.model.Paper;

/**
 * What {@code render} was asked for.
 *
 * @param formats the formats to write ({@code svg}, {@code png}: a file per map; {@code pdf}: one file of the case)
 * @param anonymise a mode that overrides the case file's own
 * @param showNames the user's explicit permission to print real names (mode {@code none})
 * @param narrative whether the map page shows the narrative panel
 * @param ages how ages are printed
 * @param maps which maps to draw
 * @param period the part of the case's history to show ({@code --as-at}, {@code --from}, {@code --to})
 * @param places whether the peer map shows places, linked to people by their whereabouts
 * @param geo whether places with coordinates are laid out by them (implies places)
 * @param paper the paper every page is laid out for ({@code --paper}), landscape
 * @param view which part of the case the peer map shows ({@code --focus}, {@code --incident}), or all of it
 * @param like where an older version had its people (by id, points, y down), for the peer map to start from
 * @param settled what each page of the drawing that {@code like} comes from settled on (by page), tried first
 */
public record RenderOptions(Set<Format> formats, Optional<AnonymiseMode> anonymise, boolean showNames,
        boolean narrative, Ages ages, Set<MapKind> maps, Period period, boolean places, boolean geo, Paper paper,
        View view, java.util.Map<String, org.peermap.layout.Layout.XY> like, java.util.Map<String, Settled> settled) {

    /** Options whose layout starts afresh (no {@code --like}). */
    public RenderOptions(Set<Format> formats, Optional<AnonymiseMode> anonymise, boolean showNames,
            boolean narrative, Ages ages, Set<MapKind> maps, Period period, boolean places, boolean geo, Paper paper,
            View view) {
        this(formats, anonymise, showNames, narrative, ages, maps, period, places, geo, paper, view,
                java.util.Map.of(), java.util.Map.of());
    }

    /**
     * The same options, the peer map's layout starting from {@code positions} (by person id, points, y down): where
     * an older version of the case had its people ({@code render --like OLD}), so the new map keeps its shape.
     */
    public RenderOptions like(java.util.Map<String, org.peermap.layout.Layout.XY> positions) {
        return new RenderOptions(formats, anonymise, showNames, narrative, ages, maps, period, places, geo, paper,
                view, positions, java.util.Map.of());
    }

    /**
     * The same options, the peer map starting from an earlier drawing of this case: where its people were, and what
     * each of its pages settled on ({@link Rendered#positions}, {@link Rendered#settled}), which is tried first.
     */
    public RenderOptions after(Rendered earlier) {
        return new RenderOptions(formats, anonymise, showNames, narrative, ages, maps, period, places, geo, paper,
                view, earlier.positions(), earlier.settled());
    }

    /** The same options writing SVG only (the live preview shows the maps inline and needs nothing else). */
    public RenderOptions svgOnly() {
        return new RenderOptions(Set.of(Format.SVG), anonymise, showNames, narrative, ages, maps, period, places, geo,
                paper, view, like, settled);
    }

    public RenderOptions(Set<Format> formats, Optional<AnonymiseMode> anonymise, boolean showNames, boolean narrative) {
        this(formats, anonymise, showNames, narrative, Ages.EXACT, java.util.EnumSet.allOf(MapKind.class), Period.ALL,
                false, false, Paper.A4, View.WHOLE);
    }

    /** Which maps to draw. */
    public enum MapKind {
        PEER("peer-map"),
        INCIDENT("incident-map");

        private final String fileSuffix;

        MapKind(String fileSuffix) {
            this.fileSuffix = fileSuffix;
        }

        /** How the map's file is named after the reference: {@code peer-map}, {@code incident-map}. */
        public String fileSuffix() {
            return fileSuffix;
        }
    }

    public RenderOptions {
        java.util.Objects.requireNonNull(paper, "paper");
        java.util.Objects.requireNonNull(view, "view");
        formats = Set.copyOf(formats);
        maps = Set.copyOf(maps);
        like = java.util.Map.copyOf(like);
        settled = java.util.Map.copyOf(settled);
    }

    /** A map file format. */
    public enum Format {
        SVG("svg"),
        PNG("png"),
        /** One PDF of the whole case ({@code <reference>.pdf}): every map page, then the appendix. */
        PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }
}
