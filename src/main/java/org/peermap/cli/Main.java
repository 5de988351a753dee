package org.peermap.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
        CommandLine commandLine = commandLine(session, args.length > 0 ? alone(args[0]) : null)
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
        return commandLine(session, null);
    }

    /**
     * The subcommands' names, in the order of the help, each as its {@code @Command} gives it (QuickStartTest holds
     * the two the same). Made by {@link #subcommand}: no lambdas, whose first use costs a cold JVM milliseconds.
     */
    static final List<String> SUBCOMMANDS = List.of("check", "render", "pack", "codes", "diff", "watch", "dot", "help",
            "completion", "schema", "init");

    private static Object subcommand(String name, Session session) {
        return switch (name) {
            case "check" -> new CheckCommand(session);
            case "render" -> new RenderCommand(session);
            case "pack" -> new PackCommand(session);
            case "codes" -> new CodesCommand(session);
            case "diff" -> new DiffCommand(session);
            case "watch" -> new WatchCommand(session);
            case "dot" -> new DotCommand(session);
            case "help" -> new HelpCommand();
            case "completion" -> new CompletionCommand(session);
            case "schema" -> new SchemaCommand(session);
            case "init" -> new InitCommand(session);
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /**
     * The subcommand a command line runs when it needs no other one, or null. picocli reads every registered
     * command's annotations when it is added (tens of milliseconds each run for all of them), and a run of
     * {@code check} never looks at {@code render}: only the top's help, {@code help} and {@code completion} (which
     * show the others), a word that is no command (whose message names them all) and options of the top (which go
     * before any command) need the whole tree.
     */
    static String alone(String first) {
        return SUBCOMMANDS.contains(first) && !first.equals("help") && !first.equals("completion") ? first : null;
    }

    /** The command tree, or with {@code only} the top with that one subcommand. */
    static CommandLine commandLine(Session session, String only) {
        CommandLine top = new CommandLine(new PeermapCommand(session));
        for (String name : SUBCOMMANDS) {
            if (only == null || only.equals(name)) {
                top.addSubcommand(subcommand(name, session));
            }
        }
        return top.setOut(session.out())
                .setErr(session.err())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * The line of {@code peermap --version} (or {@code -V}) and nothing else, or null: printed without building the
     * command tree, so without loading picocli, which takes most of a short run's start (picocli's classes are Java 5
     * class files, which neither a CDS archive nor an AOT cache can hold). The bytes are the ones picocli prints: its
     * version line goes through {@code String.format} and its markup, so a line with {@code %}, {@code @|} or
     * {@code $} in it still goes to picocli.
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
