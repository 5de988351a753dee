package org.peermap;

import java.util.Optional;
import java.util.Set;
import org.peermap.anonymise.Ages;
import org.peermap.model.AnonymiseMode;

/**
 * What {@code render} was asked for.
 *
 * @param formats the map formats to write ({@code svg}, {@code png})
 * @param anonymise a mode that overrides the case file's own
 * @param showNames the user's explicit permission to print real names (mode {@code none})
 * @param narrative whether the map page shows the narrative panel
 * @param ages how ages are printed
 */
public record RenderOptions(Set<Format> formats, Optional<AnonymiseMode> anonymise, boolean showNames,
        boolean narrative, Ages ages) {

    public RenderOptions(Set<Format> formats, Optional<AnonymiseMode> anonymise, boolean showNames, boolean narrative) {
        this(formats, anonymise, showNames, narrative, Ages.EXACT);
    }

    public RenderOptions {
        formats = Set.copyOf(formats);
    }

    /** A map file format. */
    public enum Format {
        SVG("svg"),
        PNG("png");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }
}
