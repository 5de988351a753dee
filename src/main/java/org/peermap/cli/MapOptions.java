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
            completionCandidates = Choices.Formats.class,
            description = "Formats, comma-separated: svg and png (a file per map), pdf (one file of the case:"
                    + " its maps and appendix on pages of the --paper size). Default: svg.")
    List<RenderOptions.Format> formats = List.of(RenderOptions.Format.SVG);

    @Option(names = "--anonymise", paramLabel = "MODE", completionCandidates = Choices.Modes.class,
            description = "letters, roles, initials or none: overrides the case file's mode.")
    String anonymise;

    @Option(names = "--show-names", description = "Allow real names (mode none). Every output then says so.")
    boolean showNames;

    @Option(names = "--maps", paramLabel = "MAPS", split = ",", completionCandidates = Choices.Maps.class,
            description = "Which maps: peer, incident or both (default: both).")
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
            completionCandidates = Choices.AgesShown.class,
            description = "Print ages exact (15), in bands (13-15) or hidden. Default: ${DEFAULT-VALUE}.")
    Ages ages = Ages.EXACT;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", completionCandidates = Choices.Papers.class,
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
                        Choices.oneOf("--anonymise", new Choices.Modes(), anonymise));
            }
        }
        EnumSet<RenderOptions.MapKind> kinds = EnumSet.noneOf(RenderOptions.MapKind.class);
        for (String map : maps) {
            switch (map.strip().toLowerCase(Locale.ROOT)) {
                case "peer" -> kinds.add(RenderOptions.MapKind.PEER);
                case "incident" -> kinds.add(RenderOptions.MapKind.INCIDENT);
                case "both" -> kinds.addAll(EnumSet.allOf(RenderOptions.MapKind.class));
                default -> throw new ParameterException(spec.commandLine(),
                        Choices.oneOrMoreOf("--maps", new Choices.Maps(), map));
            }
        }
        if (kinds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Choices.oneOrMoreOf("--maps", new Choices.Maps(), null));
        }
        if (formats == null || formats.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    Choices.oneOrMoreOf("--format", new Choices.Formats(), null));
        }
        Optional<PartialDate> asAtDate = date(spec, "--as-at", asAt);
        Optional<PartialDate> fromDate = date(spec, "--from", from);
        Optional<PartialDate> toDate = date(spec, "--to", to);
        if (asAtDate.isPresent() && (fromDate.isPresent() || toDate.isPresent())) {
            throw new ParameterException(spec.commandLine(), "--as-at shows the case as it stood on one date, and"
                    + " --from and --to show a stretch of time: use one or the other");
        }
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().compareTo(toDate.get()) > 0) {
            throw new ParameterException(spec.commandLine(), "--from " + from.strip() + " is after --to "
                    + to.strip() + ": no incident could be shown; swap them");
        }
        Period period = new Period(asAtDate, fromDate, toDate);
        return new RenderOptions(EnumSet.copyOf(formats), mode, showNames, !noNarrative, ages,
                kinds, period, places || geo, geo, paper(spec), view(spec));
    }

    private Paper paper(CommandSpec spec) {
        for (Paper p : Paper.values()) {
            if (p.key().equals(paper.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new ParameterException(spec.commandLine(), Choices.oneOf("--paper", new Choices.Papers(), paper));
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

    /** The years a date on the command line may have: any a case about a young person now could need. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private static Optional<PartialDate> date(CommandSpec spec, String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?")
                .matcher(text.strip());
        if (!m.matches()) {
            throw new ParameterException(spec.commandLine(), option + " takes a date written YYYY-MM-DD or YYYY-MM,"
                    + " such as 2024-06-30 or 2024-06");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ParameterException(spec.commandLine(), option + " takes a year from " + FIRST_YEAR + " to "
                    + LAST_YEAR);
        }
        if (month < 1 || month > 12) {
            throw new ParameterException(spec.commandLine(), option + " " + text.strip() + " has no month "
                    + m.group(2) + ": months are 01 to 12");
        }
        if (m.group(3) == null) {
            return Optional.of(PartialDate.ofMonth(year, month));
        }
        int day = Integer.parseInt(m.group(3));
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new ParameterException(spec.commandLine(), option + " " + text.strip() + " is not a day in the"
                    + " calendar: " + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " "
                    + year + " has " + ym.lengthOfMonth() + " days");
        }
        return Optional.of(PartialDate.of(ym.atDay(day)));
    }

}
