package org.peermap.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strings of a case that identify someone, and the one rule for finding them in text, shared by the
 * check stage (names written into free text are errors) and the leak guard (no output may hold them).
 *
 * <p>The rule: a person's full name, each part of it (split at spaces and hyphens), each alias and each
 * alias's parts, and a non-public place's full name and its distinctive parts, are matched as whole
 * words, ignoring case and accents (Zoe matches Zoë) and with possessives ({@code Darnell's}); a name or
 * part of five letters or more is also found run into a longer word ({@code Vexmoorfamily}). Parts with
 * fewer than two letters are not matched (initials, house numbers). Parts that are also everyday words
 * ("Will", "Grace", "Grant"; the shipped list of {@link EverydayWords}) are matched only when written with a capital
 * letter, so "she will" and "given a grant" are fine but "Will said" is not.
 * Generic place words ("Estate", "Street", "Park") alone are not matched; the place's full name is.
 */
public final class Identifying {
    /** Words that name a kind of place: alone they identify nothing. */
    static final Set<String> PLACE_WORDS = Set.of("the", "of", "and", "street", "st", "road", "rd", "lane", "ln",
            "avenue", "ave", "close", "court", "ct", "crescent", "drive", "dr", "way", "walk", "place", "pl",
            "square", "sq", "gardens", "grove", "terrace", "row", "mews", "hill", "green", "park", "estate",
            "house", "houses", "flat", "apartment", "apartments", "room", "number", "no", "tower", "towers", "block", "flats", "building", "school", "primary", "secondary",
            "academy", "college", "high", "centre", "center", "club", "youth", "leisure", "sports", "community",
            "station", "bus", "stop", "train", "tube", "overground", "shop", "shops", "store", "market", "cafe",
            "café", "grill", "chicken", "takeaway", "shopping", "mall", "library", "church", "mosque", "hall",
            "field", "fields", "playground", "common", "north", "south", "east", "west", "upper", "lower", "new",
            "old", "saint", "mount", "bridge", "canal", "river", "wood", "woods", "yard", "works", "unit",
            "precinct", "garage", "garages", "parade", "arcade", "subway", "underpass", "alley", "alleyway",
            "car", "carpark", "parking", "back", "front", "rear", "corner", "end", "behind", "near", "by",
            "hub", "depot", "site", "land", "rec", "recreation", "ground", "pitch", "courts", "path", "footpath");

    private static final Pattern SPLIT = Pattern.compile("[\\s\\-,.;:()/&+]+");

    /** What a protected string is, for messages that must not quote it. */
    public enum Kind {
        PERSON_NAME("a name of"),
        ALIAS("an alias of"),
        PLACE_NAME("the name of");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        /** "a name of", "an alias of", "the name of". */
        public String phrase() {
            return phrase;
        }
    }

    /**
     * One protected string.
     *
     * @param folded the string folded for matching (lower case, no accents) or, when {@code capitalised}, its
     *     folded form with the first letter upper case
     * @param owner the id of the person or place it belongs to (never printed)
     * @param person true for people, false for places
     */
    public record Term(String folded, boolean capitalised, Kind kind, String owner, boolean person) {}

    /** A protected string found in a text, at {@code start} (inclusive) to {@code end} in that text's chars. */
    public record Match(Term term, int start, int end) {}

    private final List<Term> terms;
    /** The folded names, parts and aliases. */
    private final Set<String> words = new java.util.HashSet<>();
    /** The folded initials of every name and alias (a printed code must not equal these either). */
    private final Set<String> initials = new java.util.HashSet<>();
    /** Terms by their first word, each with all its words. */
    private final Map<String, List<Words>> byFirstWord = new LinkedHashMap<>();

    private record Words(Term term, List<String> words) {}

    /** Names of at least this many letters are found also inside longer words ("Vexmoorfamily"). */
    static final int GLUED = 5;
    private final List<Term> glued = new ArrayList<>();
    /**
     * A word of at least this many letters and digits may be split across lines where it is printed (a line
     * cannot hold it), and a piece could then show a short name alone, so every name is searched for inside it
     * ({@code TextWrap} never splits a shorter word).
     */
    public static final int LONG_WORD = 20;
    private final List<Term> inLongWords = new ArrayList<>();
    /** Shorter names, found run into an everyday word or a number ("Kazfamily", "familykaz", "kaz2009"). */
    private final List<Term> compounded = new ArrayList<>();
    static final int COMPOUND = 3;

    private Identifying(List<Term> terms) {
        this.terms = List.copyOf(terms);
        for (Term t : terms) {
            List<String> words = new ArrayList<>();
            for (Token token : tokens(t.folded().toLowerCase(Locale.ROOT))) {
                words.add(token.text());
            }
            if (!words.isEmpty()) {
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Words(t, words));
            }
        }
        for (Term t : terms) {
            String word = t.folded().toLowerCase(Locale.ROOT);
            if (!t.capitalised() && word.length() >= GLUED && word.codePoints().allMatch(Character::isLetter)) {
                glued.add(t);
            }
            if (word.codePoints().allMatch(Character::isLetter)) {
                inLongWords.add(t);
                if (word.length() >= COMPOUND && word.length() < GLUED) {
                    compounded.add(t);
                }
            }
        }
        for (Term t : terms) {
            words.add(t.folded().toLowerCase(Locale.ROOT));
        }
        // the longest first, so that a full name is one match rather than several parts
        byFirstWord.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
    }

    /** The protected strings of these people and places. Public places' names are not protected. */
    public static Identifying of(List<Person> people, List<Place> places) {
        List<Term> terms = new ArrayList<>();
        for (Person p : people) {
            p.name().ifPresent(n -> add(terms, n, Kind.PERSON_NAME, p.id(), true, Set.of()));
            for (String alias : p.aliases()) {
                add(terms, alias, Kind.ALIAS, p.id(), true, Set.of());
            }
        }
        for (Place place : places) {
            if (!place.isPublic()) {
                place.name().ifPresent(n -> add(terms, n, Kind.PLACE_NAME, place.id(), false, PLACE_WORDS));
            }
        }
        Identifying identifying = new Identifying(terms);
        for (Person p : people) {
            p.name().ifPresent(n -> identifying.initials.add(initials(n)));
            p.aliases().forEach(a -> identifying.initials.add(initials(a)));
        }
        return identifying;
    }

    /**
     * True when a printed code, folded, equals a protected name, part or alias of anyone in the case, or the
     * initials of a name or alias: such a code would print that name ("AL" beside the alias "Big Al", "ST"
     * beside the surname "St John"), so codes are never handed out or accepted so.
     */
    public boolean clashes(String code) {
        String folded = fold(code);
        return words.contains(folded) || initials.contains(folded);
    }

    /**
     * True when a printed form, folded, is a protected name, part of one or alias of anyone (not counting
     * initials): the printed initials "DJ" beside an alias "DJ" would print the alias.
     */
    public boolean isName(String printed) {
        return words.contains(fold(printed));
    }

    /** The folded initials of a name: the first letter of each part. */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : SPLIT.split(fold(name.strip()))) {
            if (!part.isEmpty()) {
                out.appendCodePoint(part.codePointAt(0));
            }
        }
        return out.toString();
    }

    private static void add(List<Term> terms, String text, Kind kind, String owner, boolean person, Set<String> skip) {
        String whole = fold(text.strip());
        if (whole.codePointCount(0, whole.length()) >= 2) {
            terms.add(term(whole, kind, owner, person));
        }
        List<String> parts = new ArrayList<>(List.of(whole.split("[\\s,.;:()/&+]+")));
        parts.addAll(List.of(SPLIT.split(whole)));
        for (String part : new java.util.LinkedHashSet<>(parts)) {
            long letters = part.codePoints().filter(Character::isLetter).count();
            if (letters >= 2 && !part.equals(whole) && !skip.contains(part)) {
                terms.add(term(part, kind, owner, person));
            }
        }
    }

    private static Term term(String folded, Kind kind, String owner, boolean person) {
        boolean ordinary = isEverydayWord(folded);
        String form = ordinary ? folded.substring(0, 1).toUpperCase(Locale.ROOT) + folded.substring(1) : folded;
        return new Term(form, ordinary, kind, owner, person);
    }

    /** True for everyday words ("grace", "court", "brother"), which count as a name only where written as one. */
    public static boolean isEverydayWord(String word) {
        return EverydayWords.contains(word);
    }

    /** True for everyday words (which may also be names) and generic place words. */
    public static boolean isOrdinaryWord(String word) {
        return isEverydayWord(word) || PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * The protected strings in {@code text}, with their positions in {@code text}. Text inside
     * {@code {...}} references is skipped: {@code {jordan}} names an id, not a person. The text is cut into
     * words (runs of letters and digits); a protected string matches a run of its words separated only by
     * spaces or punctuation, so matches are always whole words.
     */
    public List<Match> find(String text) {
        return find(text, true);
    }

    /**
     * As {@link #find(String)}; with {@code skipReferences} false, text inside braces is searched too (for
     * outputs, where every valid reference has already been replaced, so braces hide nothing).
     */
    public List<Match> find(String text, boolean skipReferences) {
        List<Match> found = new ArrayList<>();
        if (byFirstWord.isEmpty()) {
            return found;
        }
        Folded lower = Folded.of(text, skipReferences);
        List<Token> tokens = tokens(lower.text());
        for (int i = 0; i < tokens.size(); i++) {
            List<Words> candidates = byFirstWord.get(tokens.get(i).text());
            if (candidates == null) {
                gluedMatch(tokens.get(i), lower).ifPresent(found::add);
                continue;
            }
            for (Words w : candidates) {
                int last = i + w.words().size() - 1;
                if (last >= tokens.size() || !follows(tokens, i, w.words(), lower.text())) {
                    continue;
                }
                if (w.term().capitalised()
                        && !lower.capital(tokens.get(i).start())) {
                    continue;
                }
                found.add(new Match(w.term(), lower.origin(tokens.get(i).start()),
                        lower.origin(tokens.get(last).end() - 1) + 1));
                i = last;
                break;
            }
        }
        return found;
    }

    /**
     * A short name run into an everyday word or a number, before or after it ("Kazfamily", "familykaz",
     * "kaz2009"), unless the whole word is itself an everyday word ("tomboy", "alright").
     */
    private java.util.Optional<Match> compoundMatch(Token token, Folded lower) {
        String text = token.text();
        if (compounded.isEmpty() || text.length() < COMPOUND + 2 || EverydayWords.contains(text)) {
            return java.util.Optional.empty();
        }
        for (Term t : compounded) {
            String word = t.folded().toLowerCase(Locale.ROOT);
            if (text.length() <= word.length()) {
                continue;
            }
            int at = text.startsWith(word) && joinable(text.substring(word.length())) ? 0
                    : text.endsWith(word) && joinable(text.substring(0, text.length() - word.length()))
                            ? text.length() - word.length() : -1;
            if (at >= 0 && (!t.capitalised() || lower.capital(token.start() + at))) {
                return java.util.Optional.of(new Match(t, lower.origin(token.start() + at),
                        lower.origin(token.start() + at + word.length() - 1) + 1));
            }
        }
        return java.util.Optional.empty();
    }

    /** True for what a name is run into: an everyday word of three letters or more, or a number. */
    private static boolean joinable(String rest) {
        return !rest.isEmpty() && (rest.chars().allMatch(Character::isDigit)
                || rest.length() >= COMPOUND && EverydayWords.contains(rest));
    }

    /** A long name inside a longer word, such as a surname run into another word or a handle. */
    private java.util.Optional<Match> gluedMatch(Token token, Folded lower) {
        String text = token.text();
        java.util.Optional<Match> compound = compoundMatch(token, lower);
        if (compound.isPresent()) {
            return compound;
        }
        if (text.length() <= GLUED) {
            return java.util.Optional.empty();
        }
        for (Term t : text.length() >= LONG_WORD ? inLongWords : glued) {
            String word = t.folded().toLowerCase(Locale.ROOT);
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (!t.capitalised() || lower.capital(token.start() + at)) {
                    return java.util.Optional.of(new Match(t, lower.origin(token.start() + at),
                            lower.origin(token.start() + at + word.length() - 1) + 1));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean follows(List<Token> tokens, int from, List<String> words, String text) {
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(from + k);
            if (!t.text().equals(words.get(k))) {
                return false;
            }
            if (k > 0) {
                String gap = text.substring(tokens.get(from + k - 1).end(), t.start());
                if (gap.length() > 3 || gap.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A word of a text: a run of letters and digits. */
    private record Token(String text, int start, int end) {}

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }

    /** Folds text for matching ({@link Fold}: NFKC, case, look-alike letters, accents, invisible characters). */
    public static String fold(String text) {
        return Folded.of(text).text();
    }

    /**
     * Text folded character by character, remembering where each folded char came from and whether the
     * character it came from was a capital (for names that are also everyday words).
     */
    record Folded(String text, int[] origins, boolean[] capitals) {
        static Folded of(String text) {
            return of(text, true);
        }

        static Folded of(String text, boolean skipReferences) {
            StringBuilder out = new StringBuilder(text.length());
            int[] origins = new int[text.length() * 2 + 1];
            boolean[] capitals = new boolean[text.length() * 2 + 1];
            boolean[] reference = new boolean[text.length() + 1];
            Matcher refs = References.PATTERN.matcher(skipReferences ? text : "");
            while (refs.find()) {
                java.util.Arrays.fill(reference, refs.start(), refs.end(), true);
            }
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                String piece = reference[i] ? " " : cp == '\u2019' || cp == '\u2018' ? "'" : Fold.of(cp);
                boolean capital = Character.isUpperCase(cp) || Character.isTitleCase(cp);
                for (int k = 0; k < piece.length(); k++) {
                    if (out.length() >= origins.length) {
                        origins = java.util.Arrays.copyOf(origins, origins.length * 2);
                        capitals = java.util.Arrays.copyOf(capitals, capitals.length * 2);
                    }
                    origins[out.length()] = i;
                    capitals[out.length()] = capital && k == 0;
                    out.append(piece.charAt(k));
                }
                i += width;
            }
            return new Folded(out.toString(), origins, capitals);
        }

        boolean capital(int folded) {
            return folded >= 0 && folded < text.length() && capitals[folded];
        }

        int origin(int folded) {
            return origins[Math.max(0, Math.min(folded, text.length() - 1))];
        }
    }
}
