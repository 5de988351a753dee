package org.peermap.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermap.model.Case;
import org.peermap.model.IdWords;
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
    /** A tag in XML or HTML: {@code <ellipse cx="1" cy="2"/>}, {@code </text>}, {@code <?xml ...?>}. */
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    /** Inside a tag, the element's name and each attribute's name: {@code <ellipse}, {@code  cy=}. */
    private static final Pattern MARKUP_NAMES = Pattern.compile("^</?[?!]?[A-Za-z][\\w:.-]*|(?<=\\s)[A-Za-z][\\w:.-]*(?=\\s*=)");
    private static final Set<String> PNG_CHUNKS = Set.of("IHDR", "pHYs", "IDAT", "IEND");

    /** The words at the top and the bottom of a restricted key. */
    public static final String RESTRICTED = "RESTRICTED: RE-IDENTIFICATION KEY, keep apart from the maps";
    /** How the name of a restricted key ends; no other output may be named so. */
    public static final String KEY_ENDING = "-restricted-key.md";

    private LeakGuard() {}

    /**
     * The one file that holds names on purpose, {@code peermap codes --restricted-key}'s: its problems, empty when
     * it is named {@code <reference>-restricted-key.md} and marked {@link #RESTRICTED} on its first and last
     * lines, so that it cannot be taken for a map or its appendix, nor be written under another name.
     */
    public static List<String> scanRestrictedKey(Case c, OutputFile key) {
        List<String> problems = new ArrayList<>();
        if (!key.name().equals(c.reference() + KEY_ENDING)) {
            problems.add("a restricted key must be named " + c.reference() + KEY_ENDING);
        }
        String text = new String(key.bytes(), StandardCharsets.UTF_8).strip();
        String mark = "**" + RESTRICTED + "**";
        if (!text.startsWith(mark) || !text.endsWith(mark)) {
            problems.add(key.name() + " must be marked '" + RESTRICTED + "' at its top and bottom");
        }
        return problems;
    }

    /**
     * The problems found, each naming the output and the kind of value, never the value; empty when every
     * output is clean.
     *
     * @param namesAllowed true when the user asked for names (mode none with --show-names): names and place
     *     names may then appear, ids still may not
     */
    public static List<String> scan(Case c, List<OutputFile> outputs, boolean namesAllowed) {
        return scan(c, read(outputs, Map.of()), namesAllowed);
    }

    /**
     * As {@link #scan(Case, List, boolean)}, with the texts drawn into each picture ({@code drawn}, by output
     * name): a PNG's pixels cannot be read back, so the words it shows are scanned as they were drawn, after
     * every change made for printing (capitals included).
     */
    public static List<String> scan(Case c, List<OutputFile> outputs, Map<String, List<String>> drawn,
            boolean namesAllowed) {
        return scan(c, read(outputs, drawn), namesAllowed);
    }

    /** Outputs with the texts a reader would find in them, extracted once for scanning against many cases. */
    public record Read(List<OutputFile> outputs, List<List<String>> texts, Set<String> problems) {}

    /** Extracts the texts of outputs (a PDF's text, a PNG's chunks, XML and Markdown escapes undone). */
    public static Read read(List<OutputFile> outputs) {
        return read(outputs, Map.of());
    }

    /** As {@link #read(List)}, adding to each picture the texts drawn into it. */
    public static Read read(List<OutputFile> outputs, Map<String, List<String>> drawn) {
        Set<String> problems = new LinkedHashSet<>();
        List<List<String>> texts = new ArrayList<>();
        for (OutputFile output : outputs) {
            List<String> found = new ArrayList<>(texts(output, problems));
            List<String> words = drawn.getOrDefault(output.name(), List.of());
            if (!words.isEmpty()) {
                found.add(String.join("\n", words));
            }
            texts.add(found);
        }
        return new Read(List.copyOf(outputs), List.copyOf(texts), Set.copyOf(problems));
    }

    /** As {@link #scan(Case, List, boolean)}, on outputs already read. */
    public static List<String> scan(Case c, Read read, boolean namesAllowed) {
        Identifying names = Identifying.of(c.people(), c.places());
        IdWords ids = IdWords.of(ids(c));
        Set<String> problems = new LinkedHashSet<>(read.problems());
        for (int i = 0; i < read.outputs().size(); i++) {
            OutputFile output = read.outputs().get(i);
            if (output.name().endsWith(KEY_ENDING)) {
                // only codes --restricted-key writes one, and it is checked by scanRestrictedKey, never here
                problems.add(output.name() + ": only peermap codes --restricted-key writes a restricted key");
            }
            check(output.name(), "its file name", output.name(), names, ids, namesAllowed, problems);
            for (String text : read.texts().get(i)) {
                check(output.name(), "its content", text, names, ids, namesAllowed, problems);
            }
        }
        return List.copyOf(problems);
    }

    private static void check(String output, String where, String text, Identifying names, IdWords ids,
            boolean namesAllowed, Set<String> problems) {
        checkNames(output, where, text, names, namesAllowed, problems);
        if (ids.any(output.endsWith(".svg") && where.equals("its content") ? svgText(text) : text)) {
            problems.add(message(output, where, "an id of a person or place"));
        }
    }

    /** The character data of an SVG (text elements), where any case text would be. */
    static String svgText(String svg) {
        // by hand rather than by the pattern >([^<]*)<, which took 100 ms of every 30-person redraw
        StringBuilder out = new StringBuilder();
        int close = svg.indexOf('>');
        while (close >= 0) {
            int open = svg.indexOf('<', close + 1);
            if (open < 0) {
                break;
            }
            out.append(svg, close + 1, open).append('\n');
            close = svg.indexOf('>', open + 1);
        }
        return out.toString();
    }

    private static void checkNames(String output, String where, String text, Identifying names, boolean namesAllowed,
            Set<String> problems) {
        if (!namesAllowed) {
            for (Identifying.Match match : names.find(text, false)) {
                if (IdWords.OWN_WORDS.contains(match.term().folded().toLowerCase(java.util.Locale.ROOT))) {
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
        if (output.name().endsWith(".svg") || output.name().endsWith(".html")) {
            // element and attribute names are peermap's own markup ("cy", "rx", "d"), which a short name such
            // as Cy would match; text, attribute values and comments are all searched
            String values = withoutMarkupNames(text);
            texts.add(values);
            texts.add(unescapeXml(values));
            return texts;
        }
        texts.add(text);
        texts.add(text.replace("\\", "")); // Markdown escapes
        return texts;
    }

    /**
     * The text with the element and attribute names inside each tag made spaces, and everything else kept:
     * character data, attribute values, comments. Text between tags is never touched ("Vexmoor = leader" in a
     * text element is searched whole).
     */
    static String withoutMarkupNames(String text) {
        return TAG.matcher(text).replaceAll(tag -> Matcher.quoteReplacement(
                MARKUP_NAMES.matcher(tag.group()).replaceAll(" ")));
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
}
