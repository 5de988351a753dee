package org.peermap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a usage error says: one line in words (a did-you-mean where a command or option is near what was
 * typed), then where the help is: the command's own help for an error in a subcommand. Only what was typed on
 * the command line is echoed, never anything read from a case file.
 */
final class UsageError {
    private UsageError() {}

    static int print(ParameterException e, PrintWriter err) {
        CommandLine where = e.getCommandLine();
        err.println("peermap: " + message(e));
        if (notACommand(e)) {
            err.println("The commands are " + String.join(", ", commands(where)) + ".");
        }
        if (where.getParent() == null) {
            err.println("Try 'peermap --help' for the commands and options.");
        } else {
            err.println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for its options.");
        }
        err.flush();
        return ExitCode.USAGE.status();
    }

    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unmatched(u.getCommandLine(), u.getUnmatched());
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return missing(m.getCommandLine(), m.getMissing());
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            return value(e.getArgSpec(), e.getValue());
        }
        return e.getMessage();
    }

    /** A word at the top that is no command (also {@code peermap help WORD}). */
    private static boolean notACommand(ParameterException e) {
        return e instanceof UnmatchedArgumentException u && e.getCommandLine().getParent() == null
                && !u.getUnmatched().isEmpty() && !isOption(u.getUnmatched().get(0));
    }

    private static boolean isOption(String argument) {
        return argument.startsWith("-") && argument.length() > 1;
    }

    private static String unmatched(CommandLine where, List<String> unmatched) {
        String first = unmatched.get(0);
        String name = where.getCommandName();
        if (isOption(first)) {
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> known = new ArrayList<>();
            for (OptionSpec o : where.getCommandSpec().options()) {
                if (!o.hidden()) {
                    known.addAll(List.of(o.names()));
                }
            }
            return quote(option) + " is not " + (where.getParent() == null ? "a peermap option" : "an option of "
                    + name) + "." + didYouMean(option, known);
        }
        if (where.getParent() == null) {
            return quote(first) + " is not a peermap command." + didYouMean(first, commands(where));
        }
        return name + " was given more than it takes: " + quote(first) + " is one too many";
    }

    private static String missing(CommandLine where, List<ArgSpec> missing) {
        if (missing.get(0) instanceof OptionSpec o && !o.required()) {
            // an option given without its value, at the end or before another option
            Iterable<String> values = o.completionCandidates();
            return o.longestName() + " needs a value" + (values != null && values.iterator().hasNext()
                    ? ", one of: " + String.join(", ", values) : ": " + o.longestName() + " " + o.paramLabel());
        }
        List<String> named = new ArrayList<>();
        for (ArgSpec a : missing) {
            named.add(a instanceof OptionSpec o ? o.longestName() + " " + a.paramLabel() : a.paramLabel());
        }
        return where.getCommandName() + " needs " + String.join(" and ", named);
    }

    /** The visible commands, in the order of the help. */
    static List<String> commands(CommandLine where) {
        CommandLine top = where;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : top.getSubcommands().entrySet()) {
            if (!e.getValue().getCommandSpec().usageMessage().hidden()) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    private static String didYouMean(String typed, List<String> words) {
        Optional<String> near = Nearest.to(typed, words);
        return near.map(w -> " Did you mean " + quote(w) + "?").orElse("");
    }

    /** A value that could not be converted to the option's type, in words of that type. */
    static String value(ArgSpec arg, String given) {
        String option = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
        Class<?> type = arg.isMultiValue() && arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (type.isEnum()) {
            return arg.splitRegex().isEmpty() ? Choices.oneOf(option, arg.completionCandidates(), given)
                    : Choices.oneOrMoreOf(option, arg.completionCandidates(), given);
        }
        String phrase;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            phrase = "SECONDS".equals(arg.paramLabel()) ? "takes whole seconds, for example " + example(arg, "60")
                    : "takes a whole number, for example " + example(arg, "2");
        } else if (type == Path.class) {
            String what = switch (arg.paramLabel()) {
                case "FILE" -> "file";
                case "PATH" -> "file or folder";
                default -> "folder";
            };
            phrase = "takes the name of a " + what + " this"
                    + " system can read (set LANG to a UTF-8 one, export LANG=C.UTF-8, for names in any language)";
        } else {
            phrase = "cannot take this value";
        }
        return option + " " + phrase + " (you gave " + quote(given) + ")";
    }

    private static String example(ArgSpec arg, String otherwise) {
        String d = arg.defaultValue();
        return d != null && d.matches("\\d+") ? d : otherwise;
    }

    /** A value typed on the command line, in quotes, with any control character shown as '?'. */
    static String quote(String typed) {
        String shown = typed.length() > 60 ? typed.substring(0, 60) + "..." : typed;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
