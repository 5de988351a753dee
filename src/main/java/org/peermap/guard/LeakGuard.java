package org.peermap.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermap.model.Case;
import org.peermap.model.Identifying;
import org.peermap.model.Person;
import org.peermap.model.Place;
import org.peermap.output.OutputFile;

/**
 * The last line of defence: after rendering and before anything is written, every output (its text, its
 * attributes, its metadata, its file name) is searched for every protected string of the case: names,
 * name parts, aliases, non-public place names (plain, XML-escaped and accent-folded), and the ids of
 * people and places. One hit and nothing of the case is written. This runs even when the
 * checks passed, so that a bug anywhere before it cannot leak a name.
 */
public final class LeakGuard {
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
    private static final Set<String> PNG_CHUNKS = Set.of("IHDR", "pHYs", "IDAT", "IEND");

    private LeakGuard() {}

    /**
     * The problems found, each naming the output and the kind of value, never the value; empty when every
     * output is clean.
     *
     * @param namesAllowed true when the user asked for names (mode none with --show-names): names and place
     *     names may then appear, ids still may not
     */
    public static List<String> scan(Case c, List<OutputFile> outputs, boolean namesAllowed) {
        return scan(c, read(outputs), namesAllowed);
    }

    /** Outputs with the texts a reader would find in them, extracted once for scanning against many cases. */
    public record Read(List<OutputFile> outputs, List<List<String>> texts, Set<String> problems) {}

    /** Extracts the texts of outputs (a PDF's text, a PNG's chunks, XML and Markdown escapes undone). */
    public static Read read(List<OutputFile> outputs) {
        Set<String> problems = new LinkedHashSet<>();
        List<List<String>> texts = new ArrayList<>();
        for (OutputFile output : outputs) {
            texts.add(texts(output, problems));
        }
        return new Read(List.copyOf(outputs), List.copyOf(texts), Set.copyOf(problems));
    }

    /** As {@link #scan(Case, List, boolean)}, on outputs already read. */
    public static List<String> scan(Case c, Read read, boolean namesAllowed) {
        Identifying names = Identifying.of(c.people(), c.places());
        IdFinder ids = new IdFinder(ids(c));
        Set<String> problems = new LinkedHashSet<>(read.problems());
        for (int i = 0; i < read.outputs().size(); i++) {
            OutputFile output = read.outputs().get(i);
            check(output.name(), "its file name", output.name(), names, ids, namesAllowed, problems);
            for (String text : read.texts().get(i)) {
                check(output.name(), "its content", text, names, ids, namesAllowed, problems);
            }
        }
        return List.copyOf(problems);
    }

    private static void check(String output, String where, String text, Identifying names, IdFinder ids,
            boolean namesAllowed, Set<String> problems) {
        checkNames(output, where, text, names, namesAllowed, problems);
        if (ids.find(output.endsWith(".svg") && where.equals("its content") ? svgText(text) : text)) {
            problems.add(message(output, where, "an id of a person or place"));
        }
    }

    /** The character data of an SVG (text elements), where any case text would be. */
    static String svgText(String svg) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile(">([^<]*)<").matcher(svg);
        while (m.find()) {
            out.append(m.group(1)).append('\n');
        }
        return out.toString();
    }

    private static void checkNames(String output, String where, String text, Identifying names, boolean namesAllowed,
            Set<String> problems) {
        if (!namesAllowed) {
            for (Identifying.Match match : names.find(text, false)) {
                if (IdFinder.OWN_WORDS.contains(match.term().folded().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // a name that is also a word peermap writes itself ("Young", "Key"): left to the checks
                }
                problems.add(message(output, where, (match.term().person() ? "a person's " : "a non-public place's ")
                        + switch (match.term().kind()) {
                            case PERSON_NAME -> "name (or a part of it)";
                            case ALIAS -> "alias";
                            case PLACE_NAME -> "name";
                        }));
            }
        }
    }

    private static String message(String output, String where, String kind) {
        return "leak guard: " + output + " would hold " + kind + " in " + where
                + "; nothing was written for this case (this is a bug in peermap: please report it)";
    }

    /** The texts to search in an output: as written, with XML and Markdown escapes undone. */
    private static List<String> texts(OutputFile output, Set<String> problems) {
        List<String> texts = new ArrayList<>();
        if (output.name().endsWith(".png")) {
            texts.addAll(PngChunks.textOutsideImageData(output.bytes(), PNG_CHUNKS, output.name(), problems));
            return texts;
        }
        if (output.name().endsWith(".pdf")) {
            return PdfTexts.of(output.bytes(), output.name(), problems);
        }
        String text = new String(output.bytes(), StandardCharsets.UTF_8);
        texts.add(text);
        if (output.name().endsWith(".svg") || output.name().endsWith(".html")) {
            texts.add(unescapeXml(text));
        } else {
            texts.add(text.replace("\\", "")); // Markdown escapes
        }
        return texts;
    }

    static String unescapeXml(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> ids(Case c) {
        List<String> ids = new ArrayList<>();
        c.people().stream().map(Person::id).forEach(ids::add);
        c.places().stream().map(Place::id).forEach(ids::add);
        return ids;
    }

    /**
     * Finds ids as whole words, exactly as written (ids are lower case). Ids shorter than three characters,
     * ids that are everyday words, and words peermap writes itself cannot be told apart from ordinary text,
     * so they are not searched for (nor are names that equal such a word); the stages before never print
     * ids at all, by construction, and the check stage refuses names in text.
     */
    static final class IdFinder {
        /** Words peermap itself writes into outputs (SVG markup, headings, the key in words). */
        static final Set<String> OWN_WORDS = Set.of("svg", "xml", "version", "encoding", "utf-8", "http", "www",
                "org", "width", "height", "viewbox", "font-family", "font-size", "font-weight", "dejavu", "sans",
                "liberation", "arial", "helvetica", "sans-serif", "rect", "fill", "fill-opacity", "stroke",
                "stroke-width", "stroke-linejoin", "stroke-linecap", "stroke-dasharray", "ellipse", "polyline",
                "polygon", "path", "text", "text-anchor", "middle", "end", "start", "bold", "round", "points",
                "none", "key", "narrative", "reference", "prepared", "period", "shown", "connection", "strong",
                "tenuous", "harm", "incident", "young", "person", "adult", "professional", "appendix", "people",
                "relationships", "incidents", "code", "kind", "age", "gender", "agencies", "plan", "risks", "who",
                "type", "since", "source", "note", "date", "time", "what", "place", "involved", "focus", "contains",
                "names", "circulation", "drawn", "line", "single", "double", "broken", "dashed", "dotted", "zig-zag",
                "wavy", "arrow", "arrows", "with", "the", "second", "first", "from", "both", "ends", "colour",
                "rounded", "outline", "around", "labelled", "and", "continued", "this", "map", "about", "one",
                "event", "official", "sensitive", "not", "for", "untested", "exploitation", "direction", "shows", "is",
                "or", "of", "in", "to", "at", "as", "an", "on", "by", "no", "so", "up", "we", "me", "my", "us", "he",
                "be", "do", "go", "it", "estate", "school", "street", "park", "shop", "transport", "youth", "club",
                "home", "other");
        private final Pattern pattern;

        IdFinder(List<String> ids) {
            StringBuilder alternatives = new StringBuilder();
            for (String id : ids) {
                if (id.length() >= 3 && !Identifying.isOrdinaryWord(id) && !OWN_WORDS.contains(id)) {
                    alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(id));
                }
            }
            pattern = alternatives.length() == 0 ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
        }

        boolean find(String text) {
            return pattern != null && pattern.matcher(text).find();
        }
    }
}
