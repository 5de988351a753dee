package org.peermap.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peermap.RenderOptions;
import org.peermap.View;
import org.peermap.model.Paper;
import org.peermap.anonymise.Ages;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Named;
import org.peermap.model.PartialDate;
import org.peermap.model.Period;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that say what maps look like, shared by {@code render} and {@code pack}. */
final class MapOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMATS", split = ",",
            description = "Formats, comma-separated: svg and png (a file per map), pdf (one file of the case:"
                    + " its maps and appendix on pages of the --paper size). Default: svg.")
    List<RenderOptions.Format> formats = List.of(RenderOptions.Format.SVG);

    @Option(names = "--anonymise", paramLabel = "MODE",
            description = "letters, roles, initials or none: overrides the case file's mode.")
    String anonymise;

    @Option(names = "--show-names", description = "Allow real names (mode none). Every output then says so.")
    boolean showNames;

    @Option(names = "--maps", paramLabel = "MAPS", split = ",",
            description = "Which maps: peer, incident or peer,incident (default: both).")
    List<String> maps = List.of("peer", "incident");

    @Option(names = "--as-at", paramLabel = "DATE",
            description = "Draw the case as it stood on DATE (YYYY-MM-DD or YYYY-MM): later incidents,"
                    + " relationships and whereabouts (by 'since') left out.")
    String asAt;

    @Option(names = "--from", paramLabel = "DATE", description = "Show only incidents on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Show only incidents on or before DATE.")
    String to;

    @Option(names = "--places", description = "Show places on the peer map, linked to people by their whereabouts.")
    boolean places;

    @Option(names = "--geo", description = "Lay places out by their coordinates ('at'), as a schematic with north"
            + " up, people beside their places (implies --places; offline, no map tiles).")
    boolean geo;

    @Option(names = "--no-narrative", description = "Leave the narrative panel off the map page.")
    boolean noNarrative;

    @Option(names = "--ages", paramLabel = "HOW", defaultValue = "exact",
            description = "Print ages exact (15), in bands (13-15) or hidden. Default: ${DEFAULT-VALUE}.")
    Ages ages = Ages.EXACT;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "Paper the pages are laid out for, landscape: a4 or a3 (default: ${DEFAULT-VALUE}).")
    String paper = "a4";

    @Option(names = "--focus", paramLabel = "PERSON",
            description = "Draw the peer map around one person (their id or code) and the people near them.")
    String focus;

    @Option(names = "--steps", paramLabel = "N",
            description = "With --focus: how many steps out (relationships or shared incidents), 1-9 (default: 2).")
    Integer steps;

    @Option(names = "--incident", paramLabel = "N",
            description = "Draw the peer map of one incident (its number on the maps, or its id): its people"
                    + " and the people they are linked to.")
    String incident;

    /** The options as the library takes them; a bad value is a usage error. */
    RenderOptions toRenderOptions(CommandSpec spec) {
        Optional<AnonymiseMode> mode = Optional.empty();
        if (anonymise != null) {
            mode = Named.parse(AnonymiseMode.class, anonymise.toLowerCase(Locale.ROOT));
            if (mode.isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "--anonymise must be one of: " + String.join(", ", Named.words(AnonymiseMode.class)));
            }
        }
        EnumSet<RenderOptions.MapKind> kinds = EnumSet.noneOf(RenderOptions.MapKind.class);
        for (String map : maps) {
            switch (map.toLowerCase(Locale.ROOT)) {
                case "peer" -> kinds.add(RenderOptions.MapKind.PEER);
                case "incident" -> kinds.add(RenderOptions.MapKind.INCIDENT);
                default -> throw new ParameterException(spec.commandLine(), "--maps takes peer, incident or both");
            }
        }
        Period period = new Period(date(spec, "--as-at", asAt), date(spec, "--from", from), date(spec, "--to", to));
        return new RenderOptions(EnumSet.copyOf(formats), mode, showNames, !noNarrative, ages,
                kinds, period, places || geo, geo, paper(spec), view(spec));
    }

    private Paper paper(CommandSpec spec) {
        for (Paper p : Paper.values()) {
            if (p.key().equals(paper.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new ParameterException(spec.commandLine(), "--paper takes a4 or a3");
    }

    private View view(CommandSpec spec) {
        if (focus != null && incident != null) {
            throw new ParameterException(spec.commandLine(), "--focus and --incident are two views: choose one");
        }
        if (steps != null && focus == null) {
            throw new ParameterException(spec.commandLine(), "--steps goes with --focus PERSON");
        }
        if (steps != null && (steps < 1 || steps > 9)) {
            throw new ParameterException(spec.commandLine(), "--steps takes a number from 1 to 9");
        }
        if (focus != null) {
            if (focus.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--focus takes a person's id or code");
            }
            return new View.Focus(focus.strip(), steps == null ? 2 : steps);
        }
        if (incident != null) {
            if (incident.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--incident takes an incident's number or id");
            }
            return new View.OneIncident(incident.strip());
        }
        return View.WHOLE;
    }

    private static Optional<PartialDate> date(CommandSpec spec, String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?").matcher(text);
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                return Optional.of(m.group(3) == null ? PartialDate.ofMonth(year, month)
                        : PartialDate.of(java.time.LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
            }
        } catch (RuntimeException e) {
            // not a real date: reported below
        }
        throw new ParameterException(spec.commandLine(), option + " takes a date written YYYY-MM-DD or YYYY-MM");
    }

}
