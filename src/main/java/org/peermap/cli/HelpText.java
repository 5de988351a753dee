package org.peermap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.ColorScheme;

/**
 * {@code peermap --help} written once by the build, so that a run printing it need not build the whole command tree
 * (most of that run's time: picocli reads every subcommand's annotations, and its Java 5 classes are never in a CDS
 * archive or an AOT cache). The build runs {@link #main} after compiling, before the tests, so the text is never
 * older than the commands; a build without it (or a run that picocli's system properties change) goes to picocli.
 */
public final class HelpText {
    static final String PLAIN = "help.txt";
    static final String ANSI = "help-ansi.txt";

    private HelpText() {}

    /** {@code HelpText CLASSES}: writes the top help, plain and coloured, beside this class under CLASSES. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: HelpText CLASSES");
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("picocli."))
                .forEach(System::clearProperty);
        Path dir = Path.of(args[0], HelpText.class.getPackageName().split("\\."));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(PLAIN), render(false), UTF_8);
        Files.writeString(dir.resolve(ANSI), render(true), UTF_8);
    }

    /** What picocli prints for {@code peermap --help}, with or without colour, lines ending in \n. */
    static String render(boolean ansi) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Session session = new Session(new ByteArrayInputStream(new byte[0]), quiet, quiet, false);
        CommandLine top = Main.commandLine(session);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        top.usage(out, new ColorScheme.Builder(top.getColorScheme()).ansi(ansi ? Ansi.ON : Ansi.OFF).build());
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /**
     * The top help as picocli would print it in this run, or null when the build wrote none or a picocli system
     * property is set (picocli.usage.width, picocli.ansi, picocli.trace, ...), so that picocli prints it.
     */
    static String top() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.")) {
                return null;
            }
        }
        // picocli's own choice of colour: a terminal, NO_COLOR, CLICOLOR, Windows, ... (a few small classes)
        String name = Ansi.AUTO.enabled() ? ANSI : PLAIN;
        try (InputStream in = HelpText.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), UTF_8);
            return "\n".equals(System.lineSeparator()) ? text : text.replace("\n", System.lineSeparator());
        } catch (IOException e) {
            return null;
        }
    }
}
