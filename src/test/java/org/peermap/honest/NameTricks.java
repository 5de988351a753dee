package org.peermap.honest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.peermap.Engine;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Rendered;
import org.peermap.Renderer;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.model.Case;
import org.peermap.model.Identifying;
import org.peermap.output.OutputFile;

/**
 * The pipeline fuzz target of issue 11: a case with canary names (a person "Quillon Vexmoor", alias
 * "Zandrith", a private place "Harrowgate Mews", a second person "Kaz Orrin") into one of whose printed text fields a canary is written
 * disguised by one of the tricks a hostile probe used (escapes, invisible characters, look-alike letters,
 * entities, braces, capitals, line separators), or an honest word for control. For each case one of two things
 * must hold: {@code check} refuses it with an error on the line the trick is on, or {@code render} writes every
 * output (the leak guard refuses nothing) and no output, read back with entities decoded and folded as the
 * guard folds, holds a canary. An honest control must always render.
 *
 * <p>Run by {@link NameTricksTest} for a fixed number of seeds, and by {@code bench/name-tricks} for many.
 */
public final class NameTricks {
    static final String PERSON = "Quillon Vexmoor";
    static final String ALIAS = "Zandrith";
    static final String PLACE = "Harrowgate";
    /** A second person with a short first name, which only a long word can hide inside. */
    static final String SHORT = "Kaz Orrin";
    static final List<String> CANARIES = List.of("quillon", "vexmoor", "zandrith", "harrowgate", "kaz", "orrin");

    /** A way to write a canary so that it is printed but could slip past a check reading the file as typed. */
    enum Trick {
        PLAIN((w, r) -> w),
        CAPITALS((w, r) -> w.toUpperCase(Locale.ROOT)),
        POSSESSIVE((w, r) -> w + "\u2019s"),
        GLUED((w, r) -> w + "family"),
        ESCAPED_TAB((w, r) -> split(w, r, "\\t")),
        ESCAPED_NEWLINE((w, r) -> split(w, r, "\\n")),
        ESCAPED_CONTROL((w, r) -> split(w, r, pick(r, "\\x07", "\\0", "\\e", "\\x1b"))),
        ZERO_WIDTH((w, r) -> split(w, r, pick(r, "\u200B", "\u00AD", "\u2060", "\uFEFF", "\u200D", "\u200C"))),
        ESCAPED_ZERO_WIDTH((w, r) -> split(w, r, pick(r, "\\u200B", "\\u00AD", "\\u2060", "\\uFEFF", "\\u200D"))),
        DIRECTION_MARKS((w, r) -> pick(r, "\\u202E", "\u202E", "\\u200F", "\u2066") + new StringBuilder(w).reverse()),
        LINE_SEPARATOR((w, r) -> split(w, r, pick(r, "\\u2028", "\\L", "\\P", "\\N"))),
        LOOK_ALIKES((w, r) -> lookAlikes(w, r)),
        FULLWIDTH((w, r) -> shift(w, 0xFF21 - 'A', 0xFF41 - 'a')),
        MATHEMATICAL_BOLD((w, r) -> shift(w, 0x1D400 - 'A', 0x1D41A - 'a')),
        ENTITIES((w, r) -> w.substring(0, 2) + "&#x" + Integer.toHexString(w.charAt(2)) + ";" + w.substring(3)),
        BRACES((w, r) -> "{" + w + "}"),
        BRACES_ACROSS_LINES((w, r) -> "{x\\n" + w + "}"),
        /** Inside a word so long that a line cannot hold it and wrapping splits it, perhaps showing the name alone. */
        IN_A_LONG_WORD((w, r) -> "q".repeat(20 + r.nextInt(30)) + w.toLowerCase(Locale.ROOT) + "q".repeat(r.nextInt(9))),
        /** Control: an invented word that is no one's name, which must always render. */
        HONEST((w, r) -> pick(r, "Marbleford", "given a grant", "the brother", "Shopping precinct"));

        final BiFunction<String, Random, String> disguise;

        Trick(BiFunction<String, Random, String> disguise) {
            this.disguise = disguise;
        }
    }

    /** The printed text fields a canary is written into, each a line of the template. */
    enum Field { TITLE, MARKING, NARRATIVE, NOTE, SOURCE, PLAN, RISKS, AGENCIES, GENDER, WHAT, INCIDENT_LABEL,
        PLACE_LABEL, PUBLIC_PLACE, KEY_LABEL }

    /** What became of one case. */
    enum Outcome { REFUSED_AT_ITS_LINE, REFUSED_ELSEWHERE, RENDERED_CLEAN, GUARD_REFUSED, LEAKED, HONEST_REFUSED }

    /** One generated case. */
    record Sample(Trick trick, Field field, String yaml, int line) {}

    static Sample sample(long seed) {
        Random random = new Random(seed);
        Trick trick = Trick.values()[random.nextInt(Trick.values().length)];
        Field field = Field.values()[random.nextInt(Field.values().length)];
        String canary = pick(random, "Quillon", "Vexmoor", "Zandrith", "Harrowgate", PERSON, "Kaz");
        String text = "seen with " + trick.disguise.apply(canary, random) + " twice";
        return of(trick, field, text);
    }

    static Sample of(Trick trick, Field field, String text) {
        String value = "\"" + text.replace("\"", "\\\"") + "\"";
        List<String> lines = new ArrayList<>(List.of(
                "peermap: 1",
                "title: " + (field == Field.TITLE ? value : "Tricks"),
                "reference: CS-7100",
                "marking: " + (field == Field.MARKING ? value : "OFFICIAL-SENSITIVE"),
                "key:",
                "  online: {label: " + (field == Field.KEY_LABEL ? value : "Online contact") + ", line: dashed}",
                "people:",
                "  qv: {name: " + PERSON + ", aliases: [" + ALIAS + "], age: 15, gender: "
                        + (field == Field.GENDER ? value : "male") + "}",
                "  an: {name: " + SHORT + ", age: 16, plan: " + (field == Field.PLAN ? value : "CIN") + ", risks: ["
                        + (field == Field.RISKS ? value : "CCE") + "], agencies: ["
                        + (field == Field.AGENCIES ? value : "YOS") + "]}",
                "places:",
                "  hg: {name: " + PLACE + " Mews, kind: street, label: "
                        + (field == Field.PLACE_LABEL ? value : "Side street") + "}",
                "  lib: {name: " + (field == Field.PUBLIC_PLACE ? value : "Central Library") + ", kind: other, public: true}",
                "relationships:",
                "  - {between: [qv, an], type: online, note: " + (field == Field.NOTE ? value : "met online")
                        + ", source: " + (field == Field.SOURCE ? value : "YOS") + "}",
                "whereabouts:",
                "  - {person: qv, place: hg}",
                "incidents:",
                "  one: {what: " + (field == Field.WHAT ? value : "robbery") + ", label: "
                        + (field == Field.INCIDENT_LABEL ? value : "Robbery") + ", date: 2026-05-11, place: lib,"
                        + " involved: [qv, an]}",
                "narrative: " + (field == Field.NARRATIVE ? value : "\"{qv} and {an} met online.\"")));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(value) && (field != Field.MARKING || lines.get(i).startsWith("marking"))) {
                line = i + 1;
            }
        }
        return new Sample(trick, field, String.join("\n", lines) + "\n", line);
    }

    /** Checks, and when the check passes renders, one sample; never throws for a bad case. */
    static Outcome run(Sample s, Renderer renderer) {
        Peermap.Checked checked = Peermap.check("tricks.yaml", s.yaml().getBytes(StandardCharsets.UTF_8));
        Optional<Case> c = checked.result().checked();
        if (c.isEmpty()) {
            if (s.trick() == Trick.HONEST) {
                return Outcome.HONEST_REFUSED;
            }
            boolean atLine = checked.result().diagnostics().stream()
                    .anyMatch(d -> d.isError() && d.line() == s.line());
            return atLine ? Outcome.REFUSED_AT_ITS_LINE : Outcome.REFUSED_ELSEWHERE;
        }
        Rendered r = renderer.render(c.get(), new RenderOptions(EnumSet.of(RenderOptions.Format.SVG,
                RenderOptions.Format.PNG, RenderOptions.Format.PDF), Optional.empty(), false, true));
        if (!r.refusal().isEmpty()) {
            return Outcome.GUARD_REFUSED;
        }
        for (OutputFile f : r.files()) {
            if (leaks(f.name()) || leaks(readable(f))) {
                if (System.getProperty("tricks.debug") != null) {
                    System.err.println("LEAK in " + f.name() + ":\n" + readable(f));
                }
                return Outcome.LEAKED;
            }
        }
        for (org.peermap.render.scene.Scene page : r.pages()) {
            if (leaks(String.join("\n", page.texts()))) {
                return Outcome.LEAKED;
            }
        }
        return Outcome.RENDERED_CLEAN;
    }

    /**
     * Packs a sample that renders (into a temporary folder, removed after) and says whether pack.html or
     * pack.pdf, read as a reader would, holds a canary; a pack that fails is a leak guard refusal.
     */
    static Outcome pack(Sample s, Engine engine) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tricks");
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.writeString(in.resolve("case.yaml"), s.yaml(), StandardCharsets.UTF_8);
            org.peermap.pack.Packer.Options options = new org.peermap.pack.Packer.Options(dir.resolve("out"), 1, true,
                    new RenderOptions(EnumSet.of(RenderOptions.Format.SVG), Optional.empty(), false, true), engine,
                    java.time.Duration.ofSeconds(60), "test", true);
            List<org.peermap.pack.Packer.CaseResult> results = org.peermap.pack.Packer.run(List.of(in.resolve("case.yaml")),
                    options, (done, total, r) -> { });
            if (results.stream().anyMatch(r -> r.status() == org.peermap.pack.Packer.Status.FAILED)) {
                return Outcome.GUARD_REFUSED;
            }
            for (String name : List.of("pack.html", "pack.pdf")) {
                OutputFile f = new OutputFile(name, Files.readAllBytes(dir.resolve("out").resolve(name)));
                if (leaks(readable(f))) {
                    return Outcome.LEAKED;
                }
            }
            return Outcome.RENDERED_CLEAN;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (java.io.IOException e) {
                    // a temporary folder left behind
                }
            }
        }
    }

    /** The text of an output as a reader gets it: a PDF's extracted text, else the bytes with entities decoded. */
    private static String readable(OutputFile f) {
        if (f.name().endsWith(".png")) {
            return "";
        }
        if (f.name().endsWith(".pdf")) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(f.bytes())) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String text = new String(f.bytes(), StandardCharsets.UTF_8);
        // as a browser reads HTML and SVG: every entity, named or numbered, decoded once
        return java.util.regex.Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);").matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        org.commonmark.internal.util.Html5Entities.entityToString(m.group())));
    }

    /**
     * True when a canary is in the text as a reader sees it: folded as the guard folds (so invisible characters
     * are gone, look-alike letters are letters and accents are off), every other character that is not a letter
     * a gap, and then a canary either a word on its own or, when five letters or more, anywhere. "Quil\u200Blon",
     * "QUILLON" and "xQuillonx" hold a canary; "Quil lon" and "Ve&#x78;moor" as printed do not. (Shorter names
     * inside a word are a matter for the check's rule, which this does not repeat.)
     */
    static boolean leaks(String text) {
        String folded = " " + Identifying.fold(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll("[^\\p{L}]+", " ") + " ";
        return CANARIES.stream().anyMatch(c -> c.length() >= 5 ? folded.contains(c) : folded.contains(" " + c + " "));
    }

    /** Runs seeds {@code from} to {@code to} and counts outcomes by trick. */
    static Map<Trick, Map<Outcome, Integer>> tally(long from, long to, Renderer renderer, List<String> failures) {
        return tally(from, to, renderer, null, failures);
    }

    /** As {@link #tally(long, long, Renderer, List)}; with {@code packs} not null, each case that renders is packed too. */
    static Map<Trick, Map<Outcome, Integer>> tally(long from, long to, Renderer renderer, Engine packs,
            List<String> failures) {
        Map<Trick, Map<Outcome, Integer>> counts = new EnumMap<>(Trick.class);
        for (long seed = from; seed < to; seed++) {
            Sample s = sample(seed);
            Outcome o = run(s, renderer);
            if (o == Outcome.RENDERED_CLEAN && packs != null) {
                o = pack(s, packs);
            }
            counts.computeIfAbsent(s.trick(), t -> new EnumMap<>(Outcome.class)).merge(o, 1, Integer::sum);
            if (o != Outcome.REFUSED_AT_ITS_LINE && o != Outcome.RENDERED_CLEAN) {
                failures.add("seed " + seed + ": " + s.trick() + " in " + s.field() + " -> " + o);
            }
        }
        return counts;
    }

    /** {@code bench/name-tricks}: {@code NameTricks SEEDS [ENGINE]} prints the table of outcomes by trick. */
    public static void main(String[] args) throws Exception {
        long seeds = args.length > 0 ? Long.parseLong(args[0]) : 2000;
        Engine engine = args.length > 1 ? Engine.valueOf(args[1].toUpperCase(Locale.ROOT)) : Engine.AUTO;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        Map<Trick, Map<Outcome, Integer>> counts = tally(0, seeds, Peermap.renderer(engine,
                java.time.Duration.ofSeconds(60)), engine, failures);
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder table = new StringBuilder("| trick | cases | refused by check at its line | rendered and"
                + " packed, no canary in any output | refused elsewhere | guard refused | leaked | honest refused |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        int[] total = new int[Outcome.values().length + 1];
        for (Map.Entry<Trick, Map<Outcome, Integer>> e : counts.entrySet()) {
            Map<Outcome, Integer> m = e.getValue();
            int n = m.values().stream().mapToInt(Integer::intValue).sum();
            total[0] += n;
            table.append("| ").append(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" | ")
                    .append(n);
            for (Outcome o : List.of(Outcome.REFUSED_AT_ITS_LINE, Outcome.RENDERED_CLEAN, Outcome.REFUSED_ELSEWHERE,
                    Outcome.GUARD_REFUSED, Outcome.LEAKED, Outcome.HONEST_REFUSED)) {
                int k = m.getOrDefault(o, 0);
                total[o.ordinal() + 1] += k;
                table.append(" | ").append(k);
            }
            table.append(" |\n");
        }
        table.append("| **all** | ").append(total[0]);
        for (Outcome o : List.of(Outcome.REFUSED_AT_ITS_LINE, Outcome.RENDERED_CLEAN, Outcome.REFUSED_ELSEWHERE,
                Outcome.GUARD_REFUSED, Outcome.LEAKED, Outcome.HONEST_REFUSED)) {
            table.append(" | ").append(total[o.ordinal() + 1]);
        }
        table.append(" |\n");
        System.out.print(table);
        System.out.printf(Locale.ROOT, "%n%d cases in %.1f s; target: 0 refused elsewhere, 0 guard refusals, 0 leaks,"
                + " 0 honest refused: %s%n", seeds, seconds, failures.isEmpty() ? "met" : "MISSED");
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), table, StandardCharsets.UTF_8);
        }
    }

    private static String split(String word, Random r, String inside) {
        int at = 1 + r.nextInt(word.length() - 1);
        return word.substring(0, at) + inside + word.substring(at);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String lookAlikes(String word, Random r) {
        StringBuilder out = new StringBuilder();
        for (char ch : word.toCharArray()) {
            out.append(switch (ch) {
                case 'a' -> "\u0430";
                case 'e' -> "\u0435";
                case 'o' -> "\u043E";
                case 'i' -> r.nextBoolean() ? "\u0456" : "i";
                case 'Q' -> "Q";
                default -> String.valueOf(ch);
            });
        }
        return out.toString();
    }

    private static String shift(String word, int upper, int lower) {
        StringBuilder out = new StringBuilder();
        for (char ch : word.toCharArray()) {
            out.appendCodePoint(ch >= 'A' && ch <= 'Z' ? ch + upper : ch >= 'a' && ch <= 'z' ? ch + lower : ch);
        }
        return out.toString();
    }

    private NameTricks() {}

    static List<Diagnostic> diagnostics(Sample s) {
        return Peermap.check("tricks.yaml", s.yaml().getBytes(StandardCharsets.UTF_8)).result().diagnostics();
    }
}
