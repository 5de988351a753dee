package org.peermap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for finding the ids of people and places written as words in text, shared by the check stage
 * (an id written as a plain word in printed text is an error) and the leak guard (no output may hold one), so
 * that whatever the check passes the guard passes too.
 *
 * <p>Ids are found as whole words, exactly as written (ids are lower case). Ids shorter than three characters,
 * ids made only of everyday words, generic place words and numbers ({@code brother}, {@code youth-worker},
 * {@code estate-2}), and words peermap writes itself cannot be told apart from ordinary text, so they are not
 * searched for; the stages before never print ids at all, by construction.
 */
public final class IdWords {
    /** Words peermap itself writes into outputs (SVG markup, headings, the key in words). */
    public static final Set<String> OWN_WORDS = Set.of("svg", "xml", "version", "encoding", "utf-8", "http", "www",
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

    /** An id found in a text, from {@code start} (inclusive) to {@code end}. */
    public record Found(String id, int start, int end) {}

    private final Pattern pattern;

    private IdWords(List<String> ids) {
        StringBuilder alternatives = new StringBuilder();
        // the longest first, so that an id that continues another ("ab-2" after "ab") is found whole
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String id : sorted) {
            if (searched(id)) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(id));
            }
        }
        pattern = alternatives.length() == 0 ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
    }

    /** The rule for these ids. */
    public static IdWords of(List<String> ids) {
        return new IdWords(ids);
    }

    /** True when an id is searched for in text: it could not be read as an ordinary word. */
    public static boolean searched(String id) {
        if (id.length() < 3 || OWN_WORDS.contains(id)) {
            return false;
        }
        for (String part : id.split("[-_]+")) {
            if (!part.isEmpty() && !part.chars().allMatch(Character::isDigit) && !Identifying.isOrdinaryWord(part)
                    && !OWN_WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The ids written as words in {@code text}. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Found(m.group(), m.start(), m.end()));
        }
        return found;
    }

    /** True when {@code text} holds an id written as a word. */
    public boolean any(String text) {
        return pattern != null && pattern.matcher(text).find();
    }
}
