package org.peermap.model;

import java.text.Normalizer;
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
 * words, ignoring case and accents (Zoe matches Zoë) and with possessives ({@code Darnell's}). Parts with
 * fewer than two letters are not matched (initials, house numbers). Parts that are also ordinary words ("Will", "May", "Rose")
 * are matched only when written with a capital letter, so "she will" is fine but "Will said" is not.
 * Generic place words ("Estate", "Street", "Park") alone are not matched; the place's full name is.
 */
public final class Identifying {
    /** Names that are also everyday words: matched only when capitalised. */
    static final Set<String> ORDINARY_WORDS = Set.of("will", "may", "june", "april", "august", "rose", "grace",
            "hope", "faith", "joy", "mark", "bill", "pat", "sue", "summer", "autumn", "winter", "dawn", "eve",
            "jack", "frank", "rich", "rob", "drew", "chase", "hunter", "guy", "ray", "gene", "sky", "rain", "storm",
            "brook", "brooke", "river", "lily", "daisy", "holly", "ivy", "iris", "ruby", "amber", "pearl", "crystal",
            "jade", "star", "angel", "king", "prince", "duke", "earl", "baron", "bishop", "cook", "baker", "smith",
            "miller", "taylor", "carter", "mason", "cooper", "fisher", "hunt", "wood", "woods", "hill", "hall",
            "green", "white", "black", "brown", "gray", "grey", "young", "long", "short", "little", "marsh",
            "field", "fields", "park", "lane", "street", "church", "english", "french", "welsh", "scott", "west",
            "north", "south", "east", "best", "good", "love", "price", "page", "bell", "banks", "rivers", "stone",
            "lee", "bay", "dale", "glen", "cliff", "heath", "moss", "fox", "wolf", "bird", "swan", "crow", "lamb",
            "major", "miles", "bond", "cash", "gold", "silver", "penny", "sterling", "noble", "sharp", "wise",
            "new", "old", "big", "man", "boy", "kid", "mo", "al", "ed", "di", "jo", "bo", "so", "no", "do", "go",
            "in", "on", "at", "to", "is", "it", "as", "an", "or", "of", "by", "be", "he", "me", "we", "us", "my",
            "up");
    /** Words that name a kind of place: alone they identify nothing. */
    static final Set<String> PLACE_WORDS = Set.of("the", "of", "and", "street", "st", "road", "rd", "lane", "ln",
            "avenue", "ave", "close", "court", "ct", "crescent", "drive", "dr", "way", "walk", "place", "pl",
            "square", "sq", "gardens", "grove", "terrace", "row", "mews", "hill", "green", "park", "estate",
            "house", "houses", "flat", "apartment", "apartments", "room", "number", "no", "tower", "towers", "block", "flats", "building", "school", "primary", "secondary",
            "academy", "college", "high", "centre", "center", "club", "youth", "leisure", "sports", "community",
            "station", "bus", "stop", "train", "tube", "overground", "shop", "shops", "store", "market", "cafe",
            "café", "grill", "chicken", "takeaway", "shopping", "mall", "library", "church", "mosque", "hall",
            "field", "fields", "playground", "common", "north", "south", "east", "west", "upper", "lower", "new",
            "old", "saint", "mount", "bridge", "canal", "river", "wood", "woods", "yard", "works", "unit");

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
    private final Pattern pattern;
    private final Map<String, Term> byWord = new LinkedHashMap<>();

    private Identifying(List<Term> terms) {
        this.terms = List.copyOf(terms);
        StringBuilder alternatives = new StringBuilder();
        List<Term> longestFirst = new ArrayList<>(terms);
        longestFirst.sort((a, b) -> Integer.compare(b.folded().length(), a.folded().length()));
        for (Term t : longestFirst) {
            if (byWord.putIfAbsent(t.folded(), t) == null) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(t.folded()));
            }
        }
        pattern = alternatives.length() == 0 ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
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
        return new Identifying(terms);
    }

    private static void add(List<Term> terms, String text, Kind kind, String owner, boolean person, Set<String> skip) {
        String whole = fold(text.strip(), true);
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
        boolean ordinary = ORDINARY_WORDS.contains(folded);
        String form = ordinary ? folded.substring(0, 1).toUpperCase(Locale.ROOT) + folded.substring(1) : folded;
        return new Term(form, ordinary, kind, owner, person);
    }

    /** True for everyday words (which are also names) and generic place words. */
    public static boolean isOrdinaryWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ORDINARY_WORDS.contains(w) || PLACE_WORDS.contains(w);
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * The protected strings in {@code text}, with their positions in {@code text}. Text inside
     * {@code {...}} references is skipped: {@code {jordan}} names an id, not a person.
     */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        for (boolean lowerCase : new boolean[] {true, false}) {
            Folded f = Folded.of(text, lowerCase);
            Matcher m = pattern.matcher(f.text());
            while (m.find()) {
                Term t = byWord.get(m.group());
                if (t == null || t.capitalised() == lowerCase) {
                    continue;
                }
                int start = f.origin(m.start());
                int end = f.origin(m.end() - 1) + 1;
                found.add(new Match(t, start, end));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Folds text for matching: accents removed, and lower case when {@code lower}. */
    public static String fold(String text, boolean lower) {
        return Folded.of(text, lower).text();
    }

    /** Text folded character by character, remembering where each folded char came from. */
    record Folded(String text, int[] origins) {
        static Folded of(String text, boolean lower) {
            StringBuilder out = new StringBuilder(text.length());
            int[] origins = new int[text.length() * 2 + 1];
            boolean inReference = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                String piece;
                if (cp == '{') {
                    inReference = true;
                }
                if (inReference) {
                    piece = " ";
                } else if (cp == '\u2019' || cp == '\u2018') {
                    piece = "'";
                } else {
                    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                            .replaceAll("\\p{M}+", "");
                    piece = lower ? decomposed.toLowerCase(Locale.ROOT) : decomposed;
                }
                if (cp == '}') {
                    inReference = false;
                }
                for (int k = 0; k < piece.length(); k++) {
                    if (out.length() >= origins.length) {
                        origins = java.util.Arrays.copyOf(origins, origins.length * 2);
                    }
                    origins[out.length()] = i;
                    out.append(piece.charAt(k));
                }
                i += width;
            }
            return new Folded(out.toString(), origins);
        }

        int origin(int folded) {
            return origins[Math.max(0, Math.min(folded, text.length() - 1))];
        }
    }
}
