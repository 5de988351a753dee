package org.peermap.diff;

import java.nio.charset.StandardCharsets;

/**
 * {@code <reference>-changes.md}: what changed between two versions of a case, for the panel's first question
 * at a review ("what has changed since we last looked?"), marked like the appendix at top and bottom.
 */
public final class ChangesMarkdown {
    private ChangesMarkdown() {}

    /**
     * @param reference the case's reference
     * @param from how the old version is named ("the version prepared 05/12/2019", "revision HEAD~1")
     * @param to how the new version is named
     */
    public static byte[] write(Changes changes, String reference, String marking, String from, String to) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(inline(marking)).append("**\n\n");
        md.append("# ").append(inline(reference)).append(" - changes\n\n");
        md.append("From ").append(inline(from)).append(" to ").append(inline(to)).append(".\n\n");
        if (changes.none()) {
            md.append("No changes: the two versions give the same maps and appendix.\n\n");
        } else {
            md.append("In short: ").append(changes.summary()).append(".\n\n");
        }
        if (!changes.recoded().isEmpty()) {
            md.append("Codes are not pinned in both versions, so ").append(changes.recoded().size())
                    .append(changes.recoded().size() == 1 ? " person kept between them prints" : " people kept"
                            + " between them print")
                    .append(" differently (").append(inline(String.join(", ", changes.recoded())))
                    .append("). This list uses the new version's codes throughout; run peermap codes on the file to"
                            + " pin them.\n\n");
        }
        for (Changes.Section section : changes.sections()) {
            md.append("## ").append(section.title()).append("\n\n");
            section.lines().forEach(line -> md.append("- ").append(inline(line)).append('\n'));
            md.append('\n');
        }
        changes.narrative().ifPresent(n -> {
            md.append("## Narrative\n\nThe narrative changed. The new narrative:\n\n");
            for (String line : n.strip().split("\\R", -1)) {
                md.append(line.isBlank() ? ">" : "> " + inline(line)).append('\n');
            }
            md.append('\n');
        });
        md.append("**").append(inline(marking)).append("**\n");
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text as Markdown shows it: characters that would start markup are escaped. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
