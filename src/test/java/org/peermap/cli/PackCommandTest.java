package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.pack.Manifest;

/** {@code peermap pack}: a folder of cases into one pack, incrementally, safely when killed. */
class PackCommandTest {
    @TempDir
    Path dir;

    /** A folder of {@code n} cases made from the examples, each with its own reference. */
    Path cases(int n) throws Exception {
        Path in = Files.createDirectories(dir.resolve("cases"));
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (int i = 0; i < n; i++) {
            Path example = examples.get(i % examples.size());
            String yaml = Files.readString(example, StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^reference: .*$", "reference: PACK-" + String.format("%03d", i));
            Files.writeString(in.resolve(String.format("case-%03d.yaml", i)), yaml);
        }
        return in;
    }

    static CliTest.Run pack(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("pack", in.toString(), "-o", out.toString(), "--engine", "embedded",
                "-f", "svg,png"));
        args.addAll(List.of(more));
        return CliTest.run(new ByteArrayInputStream(new byte[0]), false, args.toArray(String[]::new));
    }

    @Test
    void goodCasesAreWrittenAndTheBadOneIsNamed() throws Exception {
        Path in = cases(3);
        Files.copy(Path.of("src/test/resources/check/bad-age-negative.yaml"), in.resolve("broken.yaml"));
        Path out = dir.resolve("pack");
        CliTest.Run r = pack(in, out);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("broken.yaml:8:10: error:"), r.err());
        assertTrue(r.err().contains("pack: 3 rendered, 0 unchanged, 1 failed"), r.err());
        for (int i = 0; i < 3; i++) {
            assertTrue(Files.exists(out.resolve("PACK-00" + i + "-peer-map.svg")));
        }
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)), "the pack folder is the owner's only");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("pack.pdf"))));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("pack.pdf")
                .toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1 + 3 * 3, "a cover, and each case's two maps and appendix");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Contents") && text.contains("PACK-002") && text.contains("OFFICIAL-SENSITIVE"));
            assertTrue(text.contains("AB, 15"), "the maps' text is searchable");
            assertEquals(null, pdf.getDocumentInformation().getAuthor());
            assertEquals("peermap", pdf.getDocumentInformation().getProducer());
            assertFalse(text.contains("Tobias") || text.contains(dir.toString()), "no name and no path");
        }
        String html = Files.readString(out.resolve("pack.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<svg") && html.contains("PACK-002") && html.contains("<table>"));
        assertFalse(html.contains("src=") || html.contains("href=\"http") || html.contains("<script"),
                "pack.html is self-contained and inert");
    }

    @Test
    void thePackRepeatsEveryCasesWarningsGroupedAndARerunStillDoes() throws Exception {
        Path in = cases(2);
        Files.copy(Path.of("src/test/resources/check/ok-u-public-home.yaml"), in.resolve("home.yaml"));
        Path out = dir.resolve("pack");
        CliTest.Run r = pack(in, out, "--anonymise", "initials", "-f", "svg");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning (3x: CS-9301, PACK-000, PACK-001): anonymise mode 'initials' prints real"
                + " initials"), r.err());
        assertTrue(r.err().contains("home.yaml:7:52): this home is marked public: true"), r.err());
        assertTrue(r.err().contains("pack: 6 warnings in 3 cases:"), r.err());
        CliTest.Run again = pack(in, out, "--anonymise", "initials", "-f", "svg");
        assertTrue(again.err().contains("pack: 0 rendered, 3 unchanged"), again.err());
        assertTrue(again.err().contains("warning (3x: CS-9301, PACK-000, PACK-001): anonymise mode 'initials'"),
                "kept in the manifest: "
                + again.err());
    }

    @Test
    void aWithdrawnOrNowFailingCaseLeavesBothPackHtmlAndPackPdfAndItsFilesGo() throws Exception {
        Path in = cases(3);
        Path out = dir.resolve("pack");
        assertEquals(0, pack(in, out, "-f", "svg").status());
        Files.delete(in.resolve("case-001.yaml"));
        Files.writeString(in.resolve("case-002.yaml"), Files.readString(in.resolve("case-002.yaml"))
                .replaceFirst("(?m)^title: .*$", "title: [not, text]"));
        CliTest.Run r = pack(in, out, "-f", "svg");
        assertEquals(1, r.status(), r.err());
        String html = Files.readString(out.resolve("pack.html"));
        String pdf = String.join("\n", org.peermap.render.pdf.PdfReadBack.pageTexts(
                Files.readAllBytes(out.resolve("pack.pdf"))));
        for (String gone : List.of("PACK-001", "PACK-002")) {
            assertFalse(html.contains(gone), gone + " in pack.html");
            assertFalse(pdf.contains(gone), gone + " in pack.pdf");
            assertFalse(Files.exists(out.resolve(gone + "-peer-map.svg")), gone + "'s map is left");
        }
        assertTrue(html.contains("PACK-000") && pdf.contains("PACK-000"));
    }

    @Test
    void packPdfIsTheSameBytesInAnotherFolderAnotherDayAndItsContentsListsEveryCase() throws Exception {
        Path in = cases(30);
        assertEquals(0, pack(in, dir.resolve("one"), "-f", "svg", "--maps", "peer").status());
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertEquals(0, pack(in, dir.resolve("two"), "-f", "svg", "--maps", "peer").status());
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        byte[] one = Files.readAllBytes(dir.resolve("one/pack.pdf"));
        assertTrue(java.util.Arrays.equals(one, Files.readAllBytes(dir.resolve("two/pack.pdf"))), "pack.pdf differs");
        List<String> pages = org.peermap.render.pdf.PdfReadBack.pageTexts(one);
        String cover = pages.get(0) + "\n" + pages.get(1);
        for (int i = 0; i < 30; i++) {
            assertTrue(cover.contains(String.format("PACK-%03d", i)), "contents lists PACK-" + i + ":\n" + cover);
        }
    }

    @Test
    void aLinkedFolderIsReadTheSameFolderTwiceIsOneAndAnUnreadableInputFailsAlone() throws Exception {
        Path in = cases(2);
        Path link = Files.createSymbolicLink(dir.resolve("linked"), in);
        Files.createSymbolicLink(in.resolve("not-a-case.yaml"), dir.resolve("gone.yaml")); // leads nowhere
        CliTest.Run r = pack(link, dir.resolve("pack"), "-f", "svg");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("not-a-case.yaml:1:1: error: cannot read file"), r.err());
        assertTrue(r.err().contains("pack: 2 rendered, 0 unchanged, 1 failed"), r.err());
        Files.delete(in.resolve("not-a-case.yaml"));
        CliTest.Run twice = CliTest.run(new ByteArrayInputStream(new byte[0]), false, "pack", in.toString(),
                dir.resolve("./cases").toString(), link.toString(), "-o", dir.resolve("again").toString(),
                "--engine", "embedded", "-f", "svg");
        assertEquals(0, twice.status(), twice.err());
        assertTrue(twice.err().contains("pack: 2 rendered, 0 unchanged, 0 failed"), twice.err());
        assertEquals(2, pack(link, in.resolve("out")).status(), "never into a case folder, through a link either");
        assertEquals(2, pack(in.resolve("case-000.yaml"), dir).status(), "nor above a named file's folder");
    }

    @Test
    void aSecondPackIntoAFolderBeingPackedIsRefusedAndTheFirstIsWhole() throws Exception {
        Path in = cases(1);
        Path out = Files.createDirectories(dir.resolve("pack"));
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(out.resolve(
                ".peermap-pack.lock"), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = channel.lock()) {
            // another process holds the lock: a JVM cannot lock one file twice, so the refusal is the same
            CliTest.Run r = pack(in, out, "-f", "svg");
            assertEquals(3, r.status(), r.err());
            assertTrue(r.err().contains("another peermap pack is writing into"), r.err());
        }
        assertEquals(0, pack(in, out, "-f", "svg").status(), "free again");
    }

    @Test
    void aPackWithNoCaseToShowWritesNoPackAndSaysSo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("broken"));
        Files.copy(Path.of("src/test/resources/check/bad-age-negative.yaml"), in.resolve("broken.yaml"));
        Path out = dir.resolve("pack");
        CliTest.Run r = pack(in, out);
        assertEquals(1, r.status(), r.err());
        assertFalse(Files.exists(out.resolve("pack.html")) || Files.exists(out.resolve("pack.pdf")));
        assertTrue(r.err().contains("no case could be packed"), r.err());
    }

    @Test
    void aPackWithNamesSaysSoOnItsCoverAndEveryPage() throws Exception {
        Path in = cases(2);
        Path out = dir.resolve("pack");
        CliTest.Run r = pack(in, out, "--anonymise", "none", "--show-names");
        assertEquals(0, r.status(), r.err());
        List<String> pages = org.peermap.render.pdf.PdfReadBack.pageTexts(Files.readAllBytes(out.resolve("pack.pdf")));
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("CONTAINS NAMES - NOT FOR CIRCULATION"), "page " + (i + 1));
        }
        assertTrue(Files.readString(out.resolve("pack.html")).contains("CONTAINS NAMES - NOT FOR CIRCULATION"));
    }

    @Test
    void packPdfPagesAreAllOfThePaperAndOneCaseIsNotAPanelPack() throws Exception {
        Path in = cases(1);
        Path out = dir.resolve("pack");
        CliTest.Run r = pack(in, out, "--paper", "a3");
        assertEquals(0, r.status(), r.err());
        byte[] pdf = Files.readAllBytes(out.resolve("pack.pdf"));
        org.peermap.render.pdf.PdfReadBack.assertPrintable(pdf, org.peermap.model.Paper.A3, "OFFICIAL-SENSITIVE");
        List<String> pages = org.peermap.render.pdf.PdfReadBack.pageTexts(pdf);
        org.peermap.render.pdf.PdfReadBack.assertNoPipeRows(pages);
        assertFalse(String.join("\n", pages).contains("Panel pack"), "one case is titled by the case");
        assertTrue(pages.get(0).contains("Reference Title Review and actions Page") && pages.get(0).contains("PACK-000"), pages.get(0));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertFalse(doc.getDocumentInformation().getTitle().contains("Panel pack"));
        }
        Path more = dir.resolve("more");
        assertEquals(0, pack(cases(3), more).status());
        byte[] three = Files.readAllBytes(more.resolve("pack.pdf"));
        org.peermap.render.pdf.PdfReadBack.assertPrintable(three, org.peermap.model.Paper.A4, "OFFICIAL-SENSITIVE");
        assertTrue(org.peermap.render.pdf.PdfReadBack.pageTexts(three).get(0).contains("Panel pack"));
    }

    @Test
    void aRerunIsIncrementalAndAChangedCaseAloneIsRenderedAgain() throws Exception {
        Path in = cases(4);
        Path out = dir.resolve("pack");
        assertEquals(0, pack(in, out).status());
        CliTest.Run again = pack(in, out);
        assertTrue(again.err().contains("pack: 0 rendered, 4 unchanged, 0 failed"), again.err());
        Path one = in.resolve("case-002.yaml");
        Files.writeString(one, Files.readString(one).replaceFirst("title: ", "title: Changed "));
        CliTest.Run touched = pack(in, out);
        assertTrue(touched.err().contains("pack: 1 rendered, 3 unchanged, 0 failed"), touched.err());
        assertTrue(touched.err().contains("PACK-002 rendered"), touched.err());
        Files.writeString(out.resolve("PACK-001-appendix.md"), "damaged");
        assertTrue(pack(in, out).err().contains("pack: 1 rendered, 3 unchanged"), "an output not as recorded is redone");
        assertTrue(pack(in, out, "--force").err().contains("pack: 4 rendered, 0 unchanged"));
        assertTrue(pack(in, out, "--ages", "bands").err().contains("pack: 4 rendered"), "other options, new render");
    }

    @Test
    void twoCasesWithOneReferenceAreBothRefusedByName() throws Exception {
        Path in = cases(2);
        Files.writeString(in.resolve("case-001.yaml"), Files.readString(in.resolve("case-001.yaml"))
                .replace("reference: PACK-001", "reference: PACK-000"));
        CliTest.Run r = pack(in, dir.resolve("pack"));
        assertEquals(1, r.status());
        assertTrue(r.err().contains("reference PACK-000 is also the reference of"), r.err());
        assertTrue(r.err().contains("case-000.yaml") && r.err().contains("case-001.yaml"), r.err());
    }

    @Test
    void viewsAreForRenderNotForAPack() throws Exception {
        Path in = cases(1);
        CliTest.Run r = pack(in, dir.resolve("pack"), "--focus", "AB");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--focus and --incident are for render"), r.err());
        assertEquals(2, pack(in, dir.resolve("pack"), "--incident", "1").status());
    }

    @Test
    void neverWritesAmongItsInputs() throws Exception {
        Path in = cases(1);
        assertEquals(2, pack(in, in.resolve("pack")).status());
        assertEquals(2, pack(in, in).status());
    }

    @Test
    void aKilledPackLeavesOnlyCompleteFilesAndARerunFinishes() throws Exception {
        Path in = cases(10);
        Path out = dir.resolve("pack");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (long killAfter : new long[] {400, 1200, 2500, 4000}) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "pack", in.toString(), "-o", out.toString(), "--engine", "embedded", "-f", "svg,png", "--force")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertComplete(out);
        }
        CliTest.Run rerun = pack(in, out);
        assertEquals(0, rerun.status(), rerun.err());
        assertComplete(out);
        assertTrue(pack(in, out).err().contains("pack: 0 rendered, 10 unchanged, 0 failed"));
    }

    /** Every output parses, and every manifest entry's files are on disk as recorded. */
    static void assertComplete(Path out) throws Exception {
        if (!Files.exists(out)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".svg")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(f.toFile());
            } else if (name.endsWith(".png")) {
                assertNotNull(ImageIO.read(f.toFile()), name);
            } else if (name.endsWith(".pdf")) {
                try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
                    assertTrue(pdf.getNumberOfPages() > 0);
                }
            } else if (name.endsWith(".md")) {
                assertTrue(Files.readString(f).trim().endsWith("**"), name + " ends with its marking");
            }
        }
        Manifest manifest = Manifest.read(out);
        for (Manifest.Entry e : manifest.entries()) {
            assertTrue(Manifest.onDisk(out, e), e.reference() + " is recorded but not on disk as recorded");
        }
    }

    @Test
    void theCoverAndSummaryListEachCasesReviewAndItsOverdueActions() throws Exception {
        Path in = cases(1);
        Files.copy(Path.of("src/test/resources/check/ok-extensions.yaml"), in.resolve("extensions.yaml"));
        Path out = dir.resolve("pack");
        CliTest.Run r = pack(in, out);
        assertEquals(0, r.status(), r.err());
        String html = Files.readString(out.resolve("pack.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("CS-0014</a>: review 15/07/2024; 1 open action, 1 overdue</li>"), html);
        // PACK-000 is the group assault example (case study 3), with the actions its meeting agreed
        assertTrue(html.contains("PACK-000</a>: review 17/02/2020; 3 open actions, 1 overdue</li>"), html);
        assertTrue(html.contains("<h2>Overdue actions</h2>\n<ul>\n<li>CS-0014: Checks on EF (Police, by 01/06/2024)</li>\n"
                + "<li>PACK-000: Share the return interviews after each missing episode with the group's workers (Police,"
                + " by 31/01/2020)</li>"), "overdue against each case's prepared date, in printed codes: " + html);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("pack.pdf")
                .toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Review and actions"), text);
            assertTrue(text.contains("review 15/07/2024; 1 open action, 1 overdue"), text);
            String cover = text.substring(0, text.indexOf("page 1 of"));
            assertTrue(cover.contains("Overdue actions"), "the cover lists the overdue actions across cases: " + cover);
            assertTrue(cover.contains("Checks on EF (Police, by 01/06/2024)"), cover);
            assertTrue(cover.contains("PACK-000"), "both cases' overdue actions: " + cover);
        }
    }

    @Test
    void carefulLanguageIsWarnedOfInAPackUnlessTurnedOff() throws Exception {
        Path in = Files.createDirectories(dir.resolve("words"));
        Files.copy(Path.of("src/test/resources/check/ok-x-language.yaml"), in.resolve("language.yaml"));
        CliTest.Run warned = pack(in, dir.resolve("pack"));
        assertEquals(0, warned.status(), warned.err());
        assertTrue(warned.err().contains("which can blame or adultify a child"), warned.err());
        CliTest.Run off = pack(in, dir.resolve("pack2"), "--no-language-check");
        assertEquals(0, off.status(), off.err());
        assertFalse(off.err().contains("blame or adultify"), off.err());
    }

    @Test
    void aCaseFromPartsIsPackedOnceAndEditingAPartRendersOnlyItsCaseAgain() throws Exception {
        Path in = cases(1);
        Path meeting = Files.createDirectories(in.resolve("meeting"));
        try (Stream<Path> s = Files.list(Path.of("examples/meeting"))) {
            for (Path f : s.toList()) {
                Files.copy(f, meeting.resolve(f.getFileName()));
            }
        }
        Path out = dir.resolve("pack");
        CliTest.Run first = pack(in, out);
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("pack: 2 rendered, 0 unchanged, 0 failed"), "the parts are not cases: "
                + first.err());
        assertTrue(Files.exists(out.resolve("CS-0012-peer-map.svg")));
        Path police = meeting.resolve("police.yaml");
        Files.writeString(police, Files.readString(police, StandardCharsets.UTF_8).replace(
                "between: [gideon, wesley]", "between: [gideon, wesley]\n  type: tenuous"), StandardCharsets.UTF_8);
        CliTest.Run again = pack(in, out);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("pack: 1 rendered, 1 unchanged, 0 failed"), again.err());
        assertTrue(again.err().contains("CS-0012 rendered"), again.err());
    }

    @Test
    void packSinceARevisionAddsEachCasesChangesAndACoverColumn() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        DiffCommandTest.git(repo, "init", "-q");
        Files.copy(Path.of("src/test/resources/diff/new-peer-group-2019-10.yaml"), repo.resolve("group.yaml"));
        Files.copy(Path.of("examples/stabbings.yaml"), repo.resolve("stabbings.yaml"));
        DiffCommandTest.git(repo, "add", ".");
        DiffCommandTest.git(repo, "commit", "-q", "-m", "October panel");
        Files.copy(Path.of("examples/new-peer-group.yaml"), repo.resolve("group.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path out = dir.resolve("pack");
        CliTest.Run r = pack(repo, out, "--since", "HEAD");
        assertEquals(0, r.status(), r.err());
        String changes = Files.readString(out.resolve("CS-0002-changes.md"), StandardCharsets.UTF_8);
        assertTrue(changes.contains("From revision HEAD to this pack.") && changes.contains("- Added: MN, 13"), changes);
        assertTrue(Files.readString(out.resolve("CS-0001-changes.md"), StandardCharsets.UTF_8).contains("No changes"));
        String html = Files.readString(out.resolve("pack.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("CS-0002</a>: review 09/01/2020; 3 open actions; changed since HEAD: 2 people added,"
                + " 1 incident added</li>"), html);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("pack.pdf")
                .toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            String cover = text.substring(0, text.indexOf("page 1 of"));
            assertTrue(cover.contains("Changed since HEAD"), cover);
            assertTrue(cover.contains("2 people added, 1 incident added") && cover.contains("no change"), cover);
            assertTrue(text.contains("CS-0002 - changes"), "the changes page is in the pack");
        }
        CliTest.Run again = pack(repo, out, "--since", "HEAD");
        assertTrue(again.err().contains("pack: 0 rendered, 2 unchanged, 0 failed"), again.err());
        CliTest.Run missing = pack(repo, dir.resolve("pack2"), "--since", "no-such-tag");
        assertEquals(1, missing.status(), missing.err());
        assertTrue(missing.err().contains("git has no revision 'no-such-tag'"), missing.err());
    }
}
