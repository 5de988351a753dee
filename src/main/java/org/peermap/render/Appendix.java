package org.peermap.render;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.Relationship;
import org.peermap.model.RelationshipType;

/**
 * The appendix that travels with the maps, in Markdown: marking, title, narrative, the people table,
 * relationships, incidents in date order and the key in words. Only printed forms appear, never ids or
 * names (unless names were asked for, and then it says so).
 */
public final class Appendix {
    private Appendix() {}

    public static byte[] write(Case c, Printed printed, String marking) {
        return write(c, c, printed, marking);
    }

    /**
     * The appendix of {@code c}, the case as its maps show it, with what {@code whole} (the case as written)
     * holds that the maps leave off: its doubted facts, and where each fact came from.
     */
    public static byte[] write(Case c, Case whole, Printed printed, String marking) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(inline(marking)).append("**\n\n");
        if (printed.containsNames()) {
            md.append("**CONTAINS NAMES - NOT FOR CIRCULATION**\n\n");
        }
        md.append("# ").append(inline(printed.text(c.title()))).append(" - appendix\n\n");
        md.append("Reference: ").append(inline(c.reference()));
        c.prepared().ifPresent(d -> md.append("  \nPrepared: ").append(Dates.printed(d)));
        // the period the maps show, so the appendix is never read as the whole case when it is not
        c.period().describe().ifPresent(p -> md.append("  \nPeriod: ").append(inline(p)));
        md.append("\n\n");

        c.narrative().ifPresent(n -> {
            md.append("## Narrative\n\n");
            for (String paragraph : printed.text(n).split("\\n\\s*\\n")) {
                md.append(inline(paragraph.replace('\n', ' ').strip())).append("\n\n");
            }
        });

        md.append("## People\n\n");
        // the risk level the meeting agreed and the professionals working with each person, as columns only when
        // the case gives them, so older cases keep their table
        boolean practice = c.people().stream().anyMatch(p -> p.practice().risk().isPresent()
                || !p.practice().workers().isEmpty());
        md.append("| Code | Kind | Age | Gender | Agencies | Plan | Risks |").append(practice ? " Risk level | Workers |"
                : "").append('\n');
        md.append("|---|---|---|---|---|---|---|").append(practice ? "---|---|" : "").append('\n');
        for (Person p : c.people()) {
            List<String> cells = new java.util.ArrayList<>(List.of(printed.person(p.id()) + (p.focus() ? " (focus)"
                    : ""), Words.kind(p.kind()), printed.age(p).orElse(""), p.gender().orElse(""),
                    String.join(", ", p.agencies()), p.plan().orElse(""), String.join(", ", p.risks())));
            if (practice) {
                cells.add(p.practice().risk().map(r -> r.word()).orElse(""));
                cells.add(p.practice().workers().stream().map(printed::person).collect(Collectors.joining(", ")));
            }
            row(md, cells.toArray(String[]::new));
        }
        md.append('\n');
        AppendixWhereabouts.write(md, c, printed);

        if (!c.relationships().isEmpty()) {
            md.append("## Relationships\n\n");
            md.append("| Who | Type | Since | Source | Note |\n");
            md.append("|---|---|---|---|---|\n");
            for (Relationship r : c.relationships()) {
                String who = printed.person(r.a()) + (r.directed() ? " -> " : " - ") + printed.person(r.b());
                row(md, who, r.type().label(), r.since().map(d -> d.printed()).orElse(""),
                        r.source().map(printed::text).orElse(""),
                        r.note().map(printed::text).orElse(""));
            }
            md.append('\n');
        }

        if (!c.incidents().isEmpty()) {
            md.append("## Chronology\n\n");
            // a Note column only when an incident has a note, so cases without notes keep their table
            boolean notes = c.incidents().stream().anyMatch(i -> i.note().isPresent());
            md.append("| No. | Date | Time | Event | Place | Involved | Source |").append(notes ? " Note |" : "")
                    .append('\n');
            md.append("|---|---|---|---|---|---|---|").append(notes ? "---|" : "").append('\n');
            for (Incident i : inDateOrder(c.incidents())) {
                List<String> cells = new java.util.ArrayList<>(List.of(Integer.toString(i.number()), i.date().printed(),
                        i.time().map(Dates::time).orElse(""), printed.text(i.label().orElse(i.what())),
                        i.place().map(printed::place).orElse(""),
                        i.involved().stream().map(printed::person).collect(Collectors.joining(", ")),
                        i.source().map(printed::text).orElse("")));
                if (notes) {
                    cells.add(i.note().map(printed::text).orElse(""));
                }
                row(md, cells.toArray(String[]::new));
            }
            md.append('\n');
            AppendixGrid.write(md, c, printed);
            Themes.write(md, c, printed);
        }

        AppendixPractice.write(md, c, whole, printed);

        List<RelationshipType> used = usedTypes(c);
        if (!used.isEmpty()) {
            md.append("## Key\n\n");
            for (RelationshipType t : used) {
                md.append("- ").append(inline(t.label())).append(": ").append(Words.line(t)).append('\n');
            }
            if (!c.incidents().isEmpty()) {
                md.append("- Incident: a rounded outline around the people involved, with a tab giving its number"
                        + " and a short date (the chronology above has the number's date, time, what and place);"
                        + " where an outline would hold or cross people who were not involved it is left out\n");
                md.append("- Numbered badges in a person's shape: the incidents the person was involved in\n");
            }
            if (c.people().stream().anyMatch(p -> p.practice().risk().isPresent() || !p.practice().workers().isEmpty())) {
                md.append("- A line such as \"medium risk \u00b7 UV\" in a young person's shape: the risk level the"
                        + " meeting assessed and the codes of their workers (left off a map without room for it; the"
                        + " People table has them)\n");
            }
            md.append('\n');
        }
        if (printed.containsNames()) {
            md.append("**CONTAINS NAMES - NOT FOR CIRCULATION**\n\n");
        }
        md.append("**").append(inline(marking)).append("**\n");
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Incidents in number order, which is date order (see {@link Incident#numbered}). */
    public static List<Incident> inDateOrder(List<Incident> incidents) {
        return incidents.stream().sorted(Comparator.comparingInt(Incident::number)
                .thenComparing(Incident::date)
                .thenComparing(i -> i.time().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The relationship types the case uses, in key order. */
    public static List<RelationshipType> usedTypes(Case c) {
        Map<String, RelationshipType> used = new LinkedHashMap<>();
        for (RelationshipType t : c.types()) {
            if (c.relationships().stream().anyMatch(r -> r.type().id().equals(t.id()))) {
                used.put(t.id(), t);
            }
        }
        return List.copyOf(used.values());
    }

    static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell(cell)).append(" |");
        }
        md.append('\n');
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /**
     * One line of Markdown text that reads as written: line breaks become spaces, markup characters and
     * {@code &} (which would start an entity such as {@code &euml;}) are escaped, and so is a start that would
     * make a list, a heading or a rule ({@code - }, {@code + }, {@code 1. }, {@code ---}, {@code ===}).
     */
    static String inline(String text) {
        String flat = text.replaceAll("\\s*\\R\\s*", " ").strip();
        StringBuilder out = new StringBuilder(flat.length());
        for (char ch : flat.toCharArray()) {
            if ("\\`*_[]<>#|&".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        java.util.regex.Matcher start = BLOCK_START.matcher(out);
        if (start.lookingAt()) {
            out.insert(start.end(1) - 1, '\\');
        }
        return out.toString();
    }

    /** A line start that Markdown reads as a list item, a heading underline or a rule: its last mark is escaped. */
    private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile("([-+=~]|\\d{1,9}[.)])");

}
