package org.peermap.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;
import org.peermap.model.Person;
import org.peermap.model.Period;
import org.peermap.model.PersonKind;
import org.peermap.model.Place;
import org.peermap.model.PlaceKind;
import org.peermap.output.OutputFile;

/** Each known way a protected string could reach an output is caught by the guard. */
class LeakGuardTest {

    static Person person(String id, String name, String... aliases) {
        return new Person(id, Optional.of(name), List.of(aliases), false, PersonKind.YOUNG_PERSON, OptionalInt.of(15),
                Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    static Case sample() {
        return new Case("T", "CS-1", Optional.empty(), "OFFICIAL", AnonymiseMode.LETTERS, List.of(),
                List.of(person("tobias", "Tobias Wrenfield", "T-Bone"), person("imani", "Imani O'Shaughnessy-Blake")),
                List.of(new Place("rowan", Optional.of("Rowan Vale Estate"), PlaceKind.ESTATE, Optional.empty(), false,
                        Optional.empty())),
                List.of(), List.of(), List.of(), Optional.empty(), Period.ALL);
    }

    static List<String> scan(String name, String content) {
        return LeakGuard.scan(sample(), List.of(new OutputFile(name, content.getBytes(StandardCharsets.UTF_8))), false);
    }

    @Test
    void onlyTheRestrictedKeyMayBeARestrictedKeyAndItMustBeMarked() {
        List<String> problems = scan("CS-1-restricted-key.md", "| AB | |");
        assertEquals(1, problems.size(), "render and pack never write one: " + problems);
        assertTrue(problems.get(0).contains("only peermap codes --restricted-key writes a restricted key"), problems.get(0));

        String mark = "**" + LeakGuard.RESTRICTED + "**";
        OutputFile key = new OutputFile("CS-1-restricted-key.md", (mark + "\n\n| AB | Tobias Wrenfield | T-Bone |\n\n"
                + mark + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), LeakGuard.scanRestrictedKey(sample(), key), "names are its purpose");
        OutputFile unmarked = new OutputFile("CS-1-restricted-key.md", ("| AB | Tobias Wrenfield |\n" + mark)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, LeakGuard.scanRestrictedKey(sample(), unmarked).size(), "marked at the top too");
        OutputFile renamed = new OutputFile("CS-1-appendix.md", key.bytes());
        assertEquals(1, LeakGuard.scanRestrictedKey(sample(), renamed).size(), "never under another name");
    }

    @Test
    void cleanOutputPasses() {
        assertEquals(List.of(), scan("CS-1-peer-map.svg", "<svg><text>AB, 15</text><text>Estate 1</text></svg>"));
    }

    @Test
    void namePartInSvgText() {
        List<String> problems = scan("CS-1-peer-map.svg", "<svg><text>seen with wrenfield</text></svg>");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("CS-1-peer-map.svg would hold a person's name"), problems.get(0));
        assertTrue(!problems.get(0).toLowerCase().contains("wrenfield"), "the message never holds the value");
    }

    @Test
    void xmlEscapedAndAccentFoldedForms() {
        assertEquals(1, scan("m.svg", "<svg><text>O&apos;Shaughnessy</text></svg>").size());
        assertEquals(1, scan("m.svg", "<svg><text>O&#39;Shaughnessy</text></svg>").size());
        assertEquals(1, scan("m.svg", "<svg><text>Ímani</text></svg>").size());
    }

    @Test
    void lookAlikeLettersInvisibleCharactersAndLettersThatAreNotAccents() {
        // Cyrillic о and а, fullwidth, mathematical bold, small capitals, a zero-width space, a soft hyphen
        for (String disguised : List.of("T\u043Ebi\u0430s", "\uFF34\uFF4F\uFF42\uFF49\uFF41\uFF53",
                "\uD835\uDC13\uD835\uDC28\uD835\uDC1B\uD835\uDC22\uD835\uDC1A\uD835\uDC2C",
                "\u1D1B\u1D0F\u0299\u026A\u1D00s", "Tob\u200Bias", "Wren\u00ADfield", "\u202ETobias")) {
            assertEquals(1, scan("m.svg", "<svg><text>" + disguised + "</text></svg>").size(), disguised);
        }
        assertTrue(scan("m.svg", "<svg><text>seen at A1 and M25</text></svg>").isEmpty(), "ASCII digits stay digits");
    }

    @Test
    void outputsReadOnceAreScannedForEachCaseAsAPackIs() {
        LeakGuard.Read read = LeakGuard.read(List.of(new OutputFile("pack.html",
                "<html><p>Zo&euml; met Tobias</p></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, LeakGuard.scan(sample(), read, false).size(), "a name in pack.html is caught");
        assertTrue(LeakGuard.scan(sample(), read, true).isEmpty(), "unless names were asked for");
    }

    @Test
    void inAttributesCommentsAndTitles() {
        assertEquals(1, scan("m.svg", "<svg><g id=\"tobias\"/></svg>").size() > 0 ? 1 : 0, "an id in an attribute");
        assertTrue(!scan("m.svg", "<svg><!-- Tobias --></svg>").isEmpty(), "a name in a comment");
        assertTrue(!scan("m.svg", "<svg><title>Imani</title></svg>").isEmpty(), "a name in a title");
        assertTrue(!scan("m.svg", "<svg><text font-family=\"Wrenfield\">x</text></svg>").isEmpty(), "in any attribute");
    }

    @Test
    void aliasAndPlaceName() {
        assertEquals(1, scan("a.md", "seen with T-Bone").size());
        assertEquals(1, scan("a.md", "at Rowan Vale Estate").size());
        assertEquals(List.of(), scan("a.md", "at the estate"), "a generic place word alone is not the name");
    }

    @Test
    void personAndPlaceIdsInText() {
        assertTrue(scan("a.md", "| tobias | x |").stream().anyMatch(p -> p.contains("an id of a person or place")));
        assertTrue(scan("a.md", "near rowan").stream().anyMatch(p -> p.contains("an id of a person or place")));
    }

    @Test
    void fileNames() {
        List<String> problems = scan("CS-tobias-peer-map.svg", "<svg/>");
        assertTrue(problems.stream().anyMatch(p -> p.contains("in its file name")), problems.toString());
    }

    @Test
    void graphvizEscapeSequencesAreNotAWayIn() {
        // \N, \G and \L would make Graphviz print node, graph and object names; peermap sends no labels,
        // and a name smuggled into an output through them is still a name.
        assertEquals(1, scan("m.svg", "<svg><text>\\N Tobias \\G \\L</text></svg>").size());
    }

    @Test
    void pngTextChunksAreRefused() {
        byte[] png = PngBytes.withTextChunk("Comment", "nothing identifying");
        List<String> problems = LeakGuard.scan(sample(), List.of(new OutputFile("m.png", png)), false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("metadata chunk (tEXt)")), problems.toString());
        byte[] named = PngBytes.withTextChunk("Author", "Tobias");
        assertTrue(LeakGuard.scan(sample(), List.of(new OutputFile("m.png", named)), false).stream()
                .anyMatch(p -> p.contains("name")));
    }

    @Test
    void markupNamesAreNotTextButAttributeValuesAre() {
        Case c = new Case("T", "CS-1", Optional.empty(), "OFFICIAL", AnonymiseMode.LETTERS, List.of(),
                List.of(person("cy", "Cy Dunmarrow")), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Period.ALL);
        List<OutputFile> clean = List.of(new OutputFile("m.svg", "<svg><ellipse cx=\"1\" cy=\"2\" rx=\"3\"/></svg>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), LeakGuard.scan(c, clean, false));
        for (String svg : List.of("<svg><text>Cy</text></svg>", "<svg><g class=\"Cy\"/></svg>",
                "<svg><text>the leader: Cy = boss</text></svg>")) {
            assertEquals(1, LeakGuard.scan(c, List.of(new OutputFile("m.svg", svg.getBytes(StandardCharsets.UTF_8))),
                    false).size(), svg);
        }
    }

    @Test
    void theWordsDrawnIntoAPngAreScannedAsDrawn() {
        byte[] png = org.peermap.render.PngWriter.write(new org.peermap.render.scene.Scene(10, 10, List.of()));
        List<OutputFile> out = List.of(new OutputFile("m.png", png));
        assertEquals(List.of(), LeakGuard.scan(sample(), out, java.util.Map.of("m.png", List.of("OFFICIAL", "AB, 15")),
                false));
        // a marking printed in capitals: "TOBIAS" is the name Tobias, though no byte of the PNG holds it
        List<String> problems = LeakGuard.scan(sample(), out, java.util.Map.of("m.png", List.of("OFFICIAL - TOBIAS'S TEAM")),
                false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("m.png would hold a person's name")), problems.toString());
    }

    /** A one-page PDF with {@code text} on its page (compressed, as peermap writes) and {@code title} in its information. */
    static byte[] pdf(String text, String title) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream s = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc,
                    page)) {
                s.beginText();
                s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 9);
                s.newLineAtOffset(40, 700);
                s.showText(text);
                s.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pdfsAreReadBackTextAndInformation() throws Exception {
        byte[] clean = pdf("AB, 15 at Estate 1", "Peer map (CS-1)");
        assertEquals(List.of(), LeakGuard.scan(sample(), List.of(new OutputFile("CS-1.pdf", clean)), false));
        byte[] inText = pdf("seen with Wrenfield", "Peer map");
        assertTrue(!new String(inText, StandardCharsets.ISO_8859_1).contains("Wrenfield"), "compressed: not in the bytes");
        assertEquals(1, LeakGuard.scan(sample(), List.of(new OutputFile("CS-1.pdf", inText)), false).size());
        byte[] inTitle = pdf("AB, 15", "Map of T-Bone");
        assertTrue(LeakGuard.scan(sample(), List.of(new OutputFile("CS-1.pdf", inTitle)), false).stream()
                .anyMatch(p -> p.contains("alias")));
        assertTrue(LeakGuard.scan(sample(), List.of(new OutputFile("CS-1.pdf", pdf("near tobias", "x"))), false)
                .stream().anyMatch(p -> p.contains("an id of a person or place")), "an id in the text");
        List<String> broken = LeakGuard.scan(sample(), List.of(new OutputFile("CS-1.pdf", "%PDF-1.7 no".getBytes(
                StandardCharsets.UTF_8))), false);
        assertTrue(broken.stream().anyMatch(p -> p.contains("cannot be read back")), broken.toString());
    }

    @Test
    void namesMayAppearWhenAskedForButIdsNever() {
        OutputFile out = new OutputFile("m.md", "Tobias Wrenfield".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), LeakGuard.scan(sample(), List.of(out), true));
        OutputFile id = new OutputFile("m.md", "tobias".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, LeakGuard.scan(sample(), List.of(id), true).size());
    }
}
