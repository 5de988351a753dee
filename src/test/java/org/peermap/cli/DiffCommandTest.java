package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.Golden;

/** {@code peermap diff}: two files, or a file at git revisions. */
class DiffCommandTest {
    static final String OLD = "src/test/resources/diff/new-peer-group-2019-10.yaml";
    static final String NEW = "examples/new-peer-group.yaml";

    @TempDir
    Path dir;

    @Test
    void twoVersionsOfTheExampleGiveTheChangesList() throws IOException {
        CliTest.Run r = CliTest.run("diff", OLD, NEW, "-o", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(dir.resolve("CS-0002-changes.md") + " (2 people added, 1 incident added)\n"
                + dir.resolve("CS-0002-changes-map.svg") + "\n", r.out());
        Golden.assertMatches(Path.of("src/test/resources/diff/CS-0002-changes.md"),
                Files.readString(dir.resolve("CS-0002-changes.md"), StandardCharsets.UTF_8));
    }

    @Test
    void theChangesMapMarksExactlyWhatWasAddedAndWhatWasRemoved() throws IOException {
        CliTest.Run r = CliTest.run("diff", OLD, NEW, "-o", dir.toString(), "-f", "svg", "--engine", "embedded");
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(dir.resolve("CS-0002-changes-map.svg"), StandardCharsets.UTF_8);
        // people by their number in the new version: 7 is MN (finnian) and 9 is QR (lorna), both new
        assertEquals(List.of("7", "9"), marked(svg, "pm-person", "added"));
        assertEquals(List.of(), marked(svg, "pm-person", "removed"));
        // four new relationships and AB - CD, now strong; the connection it was is drawn faded
        assertEquals(5, marked(svg, "pm-line", "added").size());
        assertEquals(List.of("1 2"), marked(svg, "pm-line", "removed"), "AB - CD as it was");
        assertTrue(svg.contains(">New since the old version<") && svg.contains(">Removed since the old"),
                "the key says what the marks mean");
        assertTrue(svg.contains(">What changed: Peer map"), "the title says it is a changes map");

        CliTest.Run back = CliTest.run("diff", NEW, OLD, "-o", dir.resolve("back").toString(), "-f", "svg",
                "--engine", "embedded");
        assertEquals(0, back.status(), back.err());
        String reverse = Files.readString(dir.resolve("back/CS-0002-changes-map.svg"), StandardCharsets.UTF_8);
        assertEquals(2, marked(reverse, "pm-person", "removed").size(), "going back, MN and QR are removed, faded");
        assertEquals(List.of(), marked(reverse, "pm-person", "added"));
    }

    /** The data-n (people) or data-ends (lines) of the groups of {@code kind} whose data-change is {@code change}. */
    static List<String> marked(String svg, String kind, String change) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<g class=\"" + kind + "\"([^>]*)>").matcher(svg);
        while (m.find()) {
            String attributes = m.group(1);
            if (attributes.contains("data-change=\"" + change + "\"")) {
                java.util.regex.Matcher n = java.util.regex.Pattern.compile("data-(?:n|ends)=\"([^\"]*)\"")
                        .matcher(attributes);
                found.add(n.find() ? n.group(1) : "?");
            }
        }
        return found;
    }

    @Test
    void nothingChangedSaysSoAndExitsZero() throws IOException {
        CliTest.Run r = CliTest.run("diff", NEW, NEW, "-o", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("CS-0002-changes.md (no changes)\n"), r.out());
        assertTrue(Files.readString(dir.resolve("CS-0002-changes.md")).contains("No changes"));
    }

    @Test
    void twoDifferentCasesAreRefused() {
        CliTest.Run r = CliTest.run("diff", "examples/stabbings.yaml", NEW, "-o", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("the two files are of different cases"), r.err());
    }

    @Test
    void aNameOfTheOldVersionIsNeverWrittenEvenWhenTheNewOneNoLongerHasThatPerson() throws IOException {
        String before = "peermap: 1\ntitle: T\nreference: CS-9\npeople:\n  a: {name: Ann Orrly}\n"
                + "  b: {name: Bo Tarrant}\nrelationships:\n  - between: [a, b]\n";
        String after = "peermap: 1\ntitle: T\nreference: CS-9\npeople:\n  a: {name: Ann Orrly}\n"
                + "  c: {name: Cy Wenlock}\nrelationships:\n  - between: [a, c]\nnarrative: Tarrant moved away.\n";
        Path old = dir.resolve("old.yaml");
        Path now = dir.resolve("new.yaml");
        Files.writeString(old, before);
        Files.writeString(now, after);
        CliTest.Run r = CliTest.run("diff", old.toString(), now.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("would hold a person's name"), r.err());
        assertFalse(r.err().contains("Tarrant"), "the message never holds the name");
        assertFalse(Files.exists(dir.resolve("out/CS-9-changes.md")));
    }

    @Test
    void gitRevisionsAreComparedWithTheWorkingCopyOrWithEachOther() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        Path file = repo.resolve("case.yaml");
        Files.copy(Path.of(OLD), file);
        git(repo, "add", "case.yaml");
        git(repo, "commit", "-q", "-m", "October");
        Files.copy(Path.of(NEW), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git(repo, "commit", "-q", "-a", "-m", "December");

        CliTest.Run working = CliTest.run("diff", "--git", "HEAD~1", file.toString(), "-o", dir.resolve("a").toString());
        assertEquals(0, working.status(), working.err());
        String a = Files.readString(dir.resolve("a/CS-0002-changes.md"), StandardCharsets.UTF_8);
        assertTrue(a.contains("From revision HEAD~1 to the file as it is now."), a);
        assertTrue(a.contains("- Added: MN, 13 (young person)"), a);

        CliTest.Run range = CliTest.run("diff", "--git", "HEAD~1..HEAD", file.toString(), "-o",
                dir.resolve("b").toString());
        assertEquals(0, range.status(), range.err());
        String b = Files.readString(dir.resolve("b/CS-0002-changes.md"), StandardCharsets.UTF_8);
        assertTrue(b.contains("From revision HEAD~1 to revision HEAD."), b);
        assertEquals(a.substring(a.indexOf("In short")), b.substring(b.indexOf("In short")), "the same changes");

        CliTest.Run missing = CliTest.run("diff", "--git", "no-such-branch", file.toString(), "-o", dir.toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("git has no revision 'no-such-branch'"), missing.err());

        CliTest.Run option = CliTest.run("diff", "--git", "--output=x", file.toString());
        assertTrue(option.status() != 0, "a revision that looks like an option is never given to git");
    }

    @Test
    void aFolderThatIsNotARepositoryIsSaidPlainly() throws IOException {
        Path file = Files.createDirectories(dir.resolve("plain")).resolve("case.yaml");
        Files.copy(Path.of(NEW), file);
        CliTest.Run r = CliTest.run("diff", "--git", "HEAD~1", file.toString(), "-o", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("its folder is not in a git work tree"), r.err());
    }

    static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command));
    }
}
