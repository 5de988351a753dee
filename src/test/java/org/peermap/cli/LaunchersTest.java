package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bin/peermap.cmd cannot be run here: it is at least there, with Windows line endings, and says what bin/peermap says
 * (the jar, the build, the JVM flags, the archive flags, the training run).
 */
class LaunchersTest {
    private static final Path BASH = Path.of("bin/peermap");
    private static final Path CMD = Path.of("bin/peermap.cmd");

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void theWindowsLauncherHasCrlfLineEndingsAndGitKeepsThem() throws IOException {
        assertTrue(Files.isRegularFile(CMD), CMD + " is missing");
        String text = read(CMD);
        assertTrue(text.endsWith("\r\n"), "ends with CRLF");
        assertFalse(Pattern.compile("(?<!\r)\n").matcher(text).find(), "a line of bin/peermap.cmd ends in LF alone");
        assertFalse(Pattern.compile("\r(?!\n)").matcher(text).find(), "a lone CR in bin/peermap.cmd");
        assertTrue(read(Path.of(".gitattributes")).lines().anyMatch(l -> l.trim().equals("*.cmd text eol=crlf")),
                ".gitattributes: *.cmd text eol=crlf");
    }

    @Test
    void bothLaunchersUseTheSameJvmFlags() throws IOException {
        Matcher jvm = Pattern.compile("(?m)^jvm=\\((.*)\\)$").matcher(read(BASH));
        assertTrue(jvm.find(), "bin/peermap sets jvm=(...)");
        List<String> flags = List.of(jvm.group(1).trim().split("\\s+"));
        assertFalse(flags.isEmpty());
        Matcher cmd = Pattern.compile("(?m)^set \"PM_JVM=(.*)\"$").matcher(read(CMD));
        assertTrue(cmd.find(), "bin/peermap.cmd sets PM_JVM");
        assertEquals(flags, List.of(cmd.group(1).trim().split("\\s+")));
    }

    @Test
    void bothLaunchersBuildTheSameJarAndArchivesTheSameWay() throws IOException {
        String bash = read(BASH);
        String cmd = read(CMD);
        assertTrue(bash.contains("\"$here/target/peermap.jar\""), "bin/peermap's jar");
        assertTrue(cmd.contains("\\target\\peermap.jar\""), "bin/peermap.cmd's jar is target\\peermap.jar");
        for (String word : List.of("-DskipTests package", "-XX:AOTCacheOutput=", "-XX:AOTCache=",
                "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", "-Xlog:aot=off", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "render -o", "-f svg,png", "minimal.yaml", "PEERMAP_JAVA_OPTS",
                "-Dpeermap.stderr.tty=", "-jar", "peermap-", ".aot", ".jsa", ".none", "release", "JAVA_HOME",
                "--version", "--help", "peermap: building (mvn package), once...",
                "peermap: the build failed (output above)")) {
            assertTrue(bash.contains(word), "bin/peermap: " + word);
            assertTrue(cmd.contains(word), "bin/peermap.cmd: " + word);
        }
        assertTrue(cmd.contains("%*"), "passes every argument on");
        assertTrue(cmd.contains("exit /b %ERRORLEVEL%"), "returns java's exit status");
    }
}
