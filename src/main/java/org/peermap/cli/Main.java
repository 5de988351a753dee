package org.peermap.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** The entry point of {@code peermap}. Thin: parses the command line and calls the library. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // PDFBox logs through commons-logging; nothing of a library's may reach the user's terminal or logs.
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        int status = run(args, System.in, out, err, Terminal.stderrIsTerminal());
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line with the given streams and returns the exit status. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {
        String version = versionOnly(args);
        if (version != null) {
            out.println(version);
            out.flush();
            return ExitCode.OK.status();
        }
        String help = helpOnly(args);
        if (help != null) {
            out.print(help);
            out.flush();
            return ExitCode.OK.status();
        }
        Session session = new Session(in, out, err, terminal);
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        CommandLine commandLine = commandLine(session)
                .setParameterExceptionHandler((e, arguments) -> UsageError.print(e, err))
                .setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, err, stacktrace));
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, err, stacktrace);
        }
    }

    /**
     * The whole command tree, every subcommand registered, writing to the session's streams. Also used by the
     * build to generate man pages and by {@code peermap completion}.
     */
    static CommandLine commandLine(Session session) {
        return new CommandLine(new PeermapCommand(session))
                .addSubcommand(new CheckCommand(session))
                .addSubcommand(new RenderCommand(session))
                .addSubcommand(new PackCommand(session))
                .addSubcommand(new CodesCommand(session))
                .addSubcommand(new DiffCommand(session))
                .addSubcommand(new WatchCommand(session))
                .addSubcommand(new DotCommand(session))
                .addSubcommand(new HelpCommand())
                .addSubcommand(new CompletionCommand(session))
                .addSubcommand(new SchemaCommand(session))
                .addSubcommand(new InitCommand(session))
                .setOut(session.out())
                .setErr(session.err())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * The line of {@code peermap --version} (or {@code -V}) and nothing else, or null: printed without building the command tree, so
     * without loading picocli, which takes most of a short run's start (picocli's classes are Java 5 class files,
     * which neither a CDS archive nor an AOT cache can hold). The bytes are the ones picocli prints: its version
     * line goes through {@code String.format} and its markup, so a line with {@code %}, {@code @|} or {@code $}
     * in it still goes to picocli.
     */
    private static String versionOnly(String[] args) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
            return null;
        }
        String line = Version.line();
        return line.indexOf('%') < 0 && !line.contains("@|") && line.indexOf('$') < 0 ? line : null;
    }

    /**
     * The text of {@code peermap --help} ({@code -h}, {@code help}) and nothing else, or null: the build's copy of
     * what picocli prints ({@link HelpText}), without building the command tree.
     */
    private static String helpOnly(String[] args) {
        if (args.length != 1 || !(args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            return null;
        }
        return HelpText.top();
    }

    private static int internalError(Throwable e, PrintWriter err, boolean stacktrace) {
        if (e instanceof PeermapCommand.UsageProblem) {
            return ExitCode.USAGE.status();
        }
        // The exception's message is never printed: it could quote a value from a case file.
        err.println("peermap: internal error (" + e.getClass().getSimpleName() + "); this is a bug in peermap."
                + (stacktrace ? "" : " Run again with --stacktrace and send the trace with your report."));
        if (stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.status();
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
