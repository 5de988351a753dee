package org.peermap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.peermap.check.CaseChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code peermap init FILE [--reference REF]}: writes a new case file to start from, every section with one
 * invented entry and a comment saying what it is for. Never overwrites a file.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        header = "Write a new case file to start from.",
        description = {
    "Write a new case file with every section filled in with one invented example and a comment",
    "saying what it is for: change it to your case, then run peermap check FILE.",
    "Its first line lets editors such as VS Code check it as you type (see docs/editor.md).",
    "An existing file is never overwritten. FILE - writes the case to standard output."})
final class InitCommand implements Callable<Integer> {
    /** The starting case, a resource beside this class; it checks clean and its reference is this one. */
    static final String TEMPLATE = "init-template.yaml";
    static final String DEFAULT_REFERENCE = "CS-0001";
    private static final String REFERENCE_LINE = "\nreference: " + DEFAULT_REFERENCE + "\n";
    /** A reference YAML editors would read as something other than text (a number, true, null): quoted. */
    private static final Pattern NOT_PLAIN_TEXT = Pattern.compile("[0-9].*|(?i:true|false|null|yes|no|on|off|y|n)");

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case file to write (it must not exist yet).")
    String file;

    @Option(names = "--reference", paramLabel = "REF", description = "The case reference, which names the output"
            + " files (default: " + DEFAULT_REFERENCE + ").")
    String reference = DEFAULT_REFERENCE;

    private final Session session;

    InitCommand(Session session) {
        this.session = session;
    }

    /** The template's text, exactly as the resource holds it. */
    static String template() {
        return Resources.text(TEMPLATE);
    }

    /** The starting case with {@code reference} (which must be valid). */
    static String text(String reference) {
        String template = template();
        if (!template.contains(REFERENCE_LINE)) {
            throw new IllegalStateException("the case template has no reference line");
        }
        String value = NOT_PLAIN_TEXT.matcher(reference).matches() ? "\"" + reference + "\"" : reference;
        return template.replace(REFERENCE_LINE, "\nreference: " + value + "\n");
    }

    @Override
    public Integer call() {
        String ref = reference.strip();
        if (!CaseChecker.validReference(ref)) {
            return refuse("--reference names the output files, so it must use only letters, digits, '-' and '_'"
                    + " (at most 64, starting with a letter or digit), for example " + DEFAULT_REFERENCE,
                    ExitCode.USAGE);
        }
        byte[] bytes = text(ref).getBytes(StandardCharsets.UTF_8);
        if (file.equals("-")) {
            session.out().print(new String(bytes, StandardCharsets.UTF_8));
            session.out().flush();
            return ExitCode.OK.status();
        }
        Path path = Path.of(file);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return exists();
        }
        try {
            // CREATE_NEW: refused, not replaced, if the file appeared since the look above
            Files.write(path, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return exists();
        } catch (IOException e) {
            return refuse("cannot write " + file + " (" + RenderCommand.reason(e) + ")", ExitCode.CANNOT_WRITE);
        }
        session.out().println(file + ": a new case to start from (all names in it are invented); change it to your"
                + " case, then run peermap check " + file);
        session.out().flush();
        return ExitCode.OK.status();
    }

    private int exists() {
        return refuse(file + " already exists; init never overwrites a file, so it was left as it was: give a new"
                + " file name", ExitCode.USAGE);
    }

    private int refuse(String message, ExitCode status) {
        session.err().println("peermap: " + message);
        session.err().flush();
        return status.status();
    }
}
