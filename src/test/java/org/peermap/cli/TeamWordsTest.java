package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own careful-language list: careful-language.txt beside its case files, or in a folder above. */
class TeamWordsTest {
    static final String CASE = """
            peermap: 1
            title: Peer map
            reference: CS-0001
            people:
              tobias:
                name: Tobias Wrenfield
                plan: known as a shotter
              imani:
                name: Imani Okoro-Blake
            relationships:
              - between: [tobias, imani]
            """;

    @TempDir
    Path team;

    @Test
    void theTeamsWordsAreWarnedOfBesidePeermapsOwn() throws IOException {
        Path folder = Files.createDirectories(team.resolve("cases/2024"));
        Files.writeString(team.resolve("careful-language.txt"), "# our words\nshotter | a child who is made to sell"
                + " drugs\n\nno bar on this line\n", StandardCharsets.UTF_8);
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, CASE, StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("check", file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains(file + ":7:22: warning: 'plan' of a person uses 'shotter', which can blame or"
                + " adultify a child; say instead: a child who is made to sell drugs (careful language, the team's"
                + " list;"), run.err());
        assertTrue(run.err().contains("careful-language.txt:4:1: warning: a line of the team's careful-language list"
                + " must be 'words to avoid | what to say instead'"), "a wrong line is named, and left out: " + run.err());

        CliTest.Run off = CliTest.run("check", "--no-language-check", file.toString());
        assertEquals("checked 1 file: no errors, no warnings\n", off.err(), "off means off, the team's list too");
    }

    @Test
    void theSearchStopsAtTheTopOfTheWorkTree() throws IOException {
        Files.writeString(team.resolve("careful-language.txt"), "shotter | a child who is made to sell drugs\n",
                StandardCharsets.UTF_8);
        Path repo = Files.createDirectories(team.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path file = Files.createDirectories(repo.resolve("cases")).resolve("case.yaml");
        Files.writeString(file, CASE, StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("check", file.toString());
        assertEquals("checked 1 file: no errors, no warnings\n", run.err(), "a list outside the work tree is not the team's");
    }

    @Test
    void theNearestListIsTheOneUsed() throws IOException {
        Files.writeString(team.resolve("careful-language.txt"), "shotter | the outer list\n", StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(team.resolve("inner"));
        Files.writeString(folder.resolve("careful-language.txt"), "shotter | the inner list\n",
                StandardCharsets.UTF_8);
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, CASE, StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("check", file.toString());
        assertTrue(run.err().contains("say instead: the inner list"), run.err());
        assertFalse(run.err().contains("the outer list"), run.err());
    }
}
