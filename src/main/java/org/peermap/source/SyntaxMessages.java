package org.peermap.source;

import java.util.regex.Pattern;

/** Turns SnakeYAML's syntax problems into messages that do not quote the file and say what to do. */
final class SyntaxMessages {
    private static final Pattern QUOTED = Pattern.compile("'(?!<)[^']{2,}'");

    private SyntaxMessages() {}

    static String describe(String problem) {
        String text = problem == null ? "" : QUOTED.matcher(problem.strip()).replaceAll("a token");
        String hint = hint(text);
        return "YAML syntax error: " + (text.isEmpty() ? "the file could not be read" : text)
                + (hint.isEmpty() ? "" : "; " + hint);
    }

    /** For a value that the file ends inside: reported where the value starts. */
    static String leftOpen(String context) {
        String what = context == null ? "" : context;
        if (what.contains("quoted scalar")) {
            return "YAML syntax error: this quoted value is never closed; add the closing quote";
        }
        if (what.contains("flow")) {
            return "YAML syntax error: this bracket is never closed; add the closing ] or }";
        }
        return "YAML syntax error: the file ends inside this value; is a quote or bracket left open?";
    }

    private static String hint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "is there a ':' inside a value? put the value in quotes";
        }
        if (problem.contains("could not find expected ':'")) {
            return "each line of a mapping needs 'key: value'";
        }
        if (problem.contains("end of stream") || problem.contains("found unexpected end")) {
            return "is a quote or bracket left open?";
        }
        if (problem.contains("expected <block end>")) {
            return "check the indentation of this line against the lines above";
        }
        if (problem.contains("cannot start any token")) {
            return "quote values that start with a special character such as @ or `";
        }
        return "";
    }
}
