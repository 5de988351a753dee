package org.peermap.source;

import java.util.regex.Pattern;

/** Turns SnakeYAML's syntax problems into messages that do not quote the file and say what to do. */
final class SyntaxMessages {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private SyntaxMessages() {}

    static String describe(String problem) {
        String raw = problem == null ? "" : problem.strip();
        if (raw.contains("\\t(TAB)") || raw.contains("\t")) {
            return "YAML syntax error: a tab character is not allowed here; use spaces";
        }
        if (raw.contains("tag handle") || raw.contains("tag")) {
            // SnakeYAML quotes the tag as written ("found undefined tag handle !Jordan!"): never repeat it
            return "YAML syntax error: a value that starts with '!' is read as a tag, and tags are not allowed;"
                    + " put the value in quotes";
        }
        if (raw.startsWith("found unknown escape character")) {
            return "YAML syntax error: unknown escape in a double-quoted value; write \\\\ for a backslash";
        }
        raw = raw.replaceAll("\\.? *\\(Do not use .{1,12} for indentation\\)", "");
        java.util.regex.Matcher m = QUOTED.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group().substring(1, m.group().length() - 1);
            boolean token = inner.length() <= 3 || inner.startsWith("<");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(token ? m.group() : "a value"));
        }
        m.appendTail(out);
        String text = out.toString();
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
