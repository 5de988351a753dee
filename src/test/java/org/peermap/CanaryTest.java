package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.peermap.check.CheckResult;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.layout.EmbeddedEngine;
import org.peermap.layout.Layouter;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;
import org.peermap.output.OutputFile;

/**
 * Canary names (invented, distinctive) planted in every position of a case. Where they are allowed (the
 * name and alias fields) no output byte may hold them in any anonymised mode; where they are not (every
 * text field) the check must refuse each one at its line; and when one is smuggled past the checks, the
 * leak guard must stop the case.
 */
class CanaryTest {
    static final List<String> CANARIES = List.of("Quillon", "Vexmoor", "Zandrith", "Ostrava-Pell", "Brannagh",
            "Kettleworth", "Nyx-Ardent");

    static final String CASE = """
            peermap: 1
            title: Canary map
            reference: CANARY-1
            prepared: 2020-02-02
            people:
              qalpha:
                name: Quillon Vexmoor
                aliases: [Zandrith]
                age: 15
                focus: true
                plan: CIN
                agencies: [YOT]
                risks: [CCE]
              qbravo:
                name: Brannagh Ostrava-Pell
                kind: adult
                age: 30
              qcharlie:
                name: Éowyn Kettleworth
                aliases: [Nyx-Ardent]
                kind: professional
            places:
              qplace:
                name: Kettleworth Court
                kind: estate
            relationships:
              - {from: qbravo, to: qalpha, type: harm, note: "{qbravo} is believed to exploit {qalpha}", source: Police}
              - {between: [qalpha, qcharlie], source: YOT}
            whereabouts:
              - {person: qalpha, place: qplace, as: lives}
            incidents:
              one:
                what: Stabbing
                date: 2019-05-11
                time: "22:10"
                place: qplace
                involved: [qalpha, qbravo]
            narrative: |
              {qalpha} lives at {qplace}. {qbravo} is an adult known to police.
            """;

    static Case checked(String yaml) {
        CheckResult r = Peermap.check("canary.yaml", yaml.getBytes(StandardCharsets.UTF_8)).result();
        return r.checked().orElseThrow(() -> new AssertionError(r.diagnostics().toString()));
    }

    static String folded(byte[] bytes) {
        return Normalizer.normalize(new String(bytes, StandardCharsets.ISO_8859_1) + "\n"
                + new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    static Layouter layouter() {
        return new Layouter(EmbeddedEngine.shared(), Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @EnumSource(value = AnonymiseMode.class, names = {"LETTERS", "ROLES", "INITIALS"})
    void noCanaryReachesAnyOutputByte(AnonymiseMode mode) {
        Rendered r = Peermap.render(checked(CASE), new RenderOptions(EnumSet.allOf(RenderOptions.Format.class),
                Optional.of(mode), false, true), layouter());
        assertEquals(List.of(), r.refusal());
        assertEquals(6, r.files().size(), "peer map and incident map in SVG and PNG, the appendix and the PDF");
        assertTrue(r.files().stream().anyMatch(f -> f.name().equals("CANARY-1.pdf")));
        assertNoCanary(mode, r.files());
    }

    /** No file, its name, or a PDF's extracted text holds a canary name, an id or an accented name. */
    private static void assertNoCanary(AnonymiseMode mode, List<OutputFile> files) {
        for (OutputFile f : files) {
            String bytes = folded(f.bytes()) + "\n" + folded(f.name().getBytes(StandardCharsets.UTF_8))
                    + (f.name().endsWith(".pdf") ? "\n" + folded(pdfText(f.bytes()).getBytes(StandardCharsets.UTF_8))
                            : "");
            for (String canary : CANARIES) {
                assertFalse(bytes.contains(canary.toLowerCase(Locale.ROOT)), mode + ": " + f.name() + " holds a canary");
            }
            for (String id : List.of("qalpha", "qbravo", "qcharlie", "qplace")) {
                assertFalse(bytes.matches("(?s).*\\b" + id + "\\b.*"), mode + ": " + f.name() + " holds an id");
            }
            assertFalse(bytes.contains("eowyn"), "accented names too");
        }
    }

    /** A PDF's text as a reader extracts it, and its document information. */
    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDDocumentInformation info = doc.getDocumentInformation();
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("AB"), "the PDF's text is extracted");
            return text + "\n" + info.getTitle() + "\n" + info.getSubject() + "\n" + info.getKeywords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The canary case with four incidents, so that the people-by-incidents grid is drawn too. */
    @ParameterizedTest
    @EnumSource(value = AnonymiseMode.class, names = {"LETTERS", "ROLES", "INITIALS"})
    void noCanaryReachesTheGrid(AnonymiseMode mode) {
        String more = "    involved: [qalpha, qbravo]\n"
                + "  two: {what: Robbery, date: 2019-06-01, involved: [qalpha, qcharlie]}\n"
                + "  three: {what: Assault, date: 2019-07-01, place: qplace, involved: [qbravo, qcharlie]}\n"
                + "  four: {what: Missing episode, date: 2019-08, involved: [qalpha]}\n";
        String yaml = CASE.replace("    involved: [qalpha, qbravo]\n", more);
        Rendered r = Peermap.render(checked(yaml), new RenderOptions(EnumSet.allOf(RenderOptions.Format.class),
                Optional.of(mode), false, true), layouter());
        assertEquals(List.of(), r.refusal());
        assertTrue(r.files().stream().anyMatch(f -> f.name().equals("CANARY-1-grid.svg")), "the grid is drawn");
        assertTrue(r.files().stream().anyMatch(f -> f.name().equals("CANARY-1.pdf")), "and the PDF, with the grid");
        assertNoCanary(mode, r.files());
    }

    @Test
    void everyTextFieldWithACanaryIsRefusedAtItsLine() {
        String[] fields = {
            "title: Canary map", "title: Map of Quillon",
            "    plan: CIN", "    plan: CIN (Vexmoor family)",
            "    agencies: [YOT]", "    agencies: [YOT, Zandrith's school]",
            "    risks: [CCE]", "    risks: [CCE via Brannagh]",
            "note: \"{qbravo} is believed to exploit {qalpha}\"", "note: \"{qbravo} exploits Quillon\"",
            "source: Police}", "source: Ostrava-Pell}",
            "    what: Stabbing", "    what: Stabbing of Kettleworth",
            "  {qalpha} lives at {qplace}.", "  {qalpha} lives with nyx-ardent at {qplace}.",
        };
        for (int i = 0; i < fields.length; i += 2) {
            assertTrue(CASE.contains(fields[i]), fields[i]);
            String planted = CASE.replace(fields[i], fields[i + 1]);
            CheckResult r = Peermap.check("canary.yaml", planted.getBytes(StandardCharsets.UTF_8)).result();
            List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
            int line = (int) planted.substring(0, planted.indexOf(fields[i + 1])).chars().filter(ch -> ch == '\n').count()
                    + 1;
            assertEquals(1, errors.size(), fields[i + 1] + ": " + errors);
            assertEquals(line, errors.get(0).line(), fields[i + 1]);
            for (String canary : CANARIES) {
                assertFalse(errors.get(0).format().toLowerCase(Locale.ROOT).contains(canary.toLowerCase(Locale.ROOT)));
            }
        }
    }

    @Test
    void theGuardStopsALeakInjectedBelowTheCheckStage() {
        Case clean = checked(CASE);
        Case leaky = new Case(clean.title(), clean.reference(), clean.prepared(), clean.marking(), clean.anonymise(),
                clean.types(), clean.people(), clean.places(), clean.relationships(), clean.whereabouts(),
                clean.incidents(), Optional.of("{qalpha} was seen with Vexmoor's cousin."), clean.period());
        Rendered r = Peermap.render(leaky, new RenderOptions(EnumSet.allOf(RenderOptions.Format.class),
                Optional.empty(), false, true), layouter());
        assertEquals(List.of(), r.files(), "nothing is written");
        assertFalse(r.refusal().isEmpty());
        assertTrue(r.refusal().get(0).startsWith("leak guard: CANARY-1-"), r.refusal().toString());
        assertTrue(r.refusal().stream().noneMatch(m -> m.toLowerCase(Locale.ROOT).contains("vexmoor")));
    }
}
