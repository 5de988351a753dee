package org.peermap.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * {@code pack.html}: one self-contained file (inline SVG, no external requests) with a contents list and,
 * for each case, its maps and its appendix, one case per printed A4 page.
 */
final class PackHtml {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private PackHtml() {}

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] write(Path folder, Manifest manifest, List<Packer.CaseResult> cases,
            java.util.Map<String, org.peermap.FollowUp> followUps) throws IOException {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
        List<Packer.CaseResult> sorted = cases.stream().sorted(Comparator.comparing(Packer.CaseResult::reference))
                .toList();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Panel pack</title>\n<style>\n")
                .append("@page { size: A4 landscape; margin: 12mm; }\n")
                .append("body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }\n")
                .append(".case { page-break-before: always; break-before: page; }\n")
                .append(".map svg { width: 100%; height: auto; page-break-after: always; break-after: page; }\n")
                .append("table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px 6px; }\n")
                .append("</style>\n</head>\n<body>\n");
        java.util.Set<String> markings = new java.util.TreeSet<>();
        for (Packer.CaseResult c : sorted) {
            Path appendix = folder.resolve(c.reference() + "-appendix.md");
            if (Files.isRegularFile(appendix)) {
                String first = Files.readAllLines(appendix, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (first.startsWith("**") && first.endsWith("**") && first.length() > 4) {
                    markings.add(first.substring(2, first.length() - 2).replace("\\", ""));
                }
            }
        }
        out.append("<p style=\"text-align:center;font-weight:bold\">")
                .append(escape(String.join(" / ", markings).toUpperCase(java.util.Locale.ROOT))).append("</p>\n");
        out.append("<h1>Panel pack</h1>\n<p>").append(sorted.size()).append(" case")
                .append(sorted.size() == 1 ? "" : "s").append(". Each case carries its own protective marking.</p>\n");
        out.append("<ol>\n");
        for (Packer.CaseResult c : sorted) {
            String said = followUps.getOrDefault(c.reference(), org.peermap.FollowUp.NONE).summary();
            String changed = changed(folder, manifest.get(c.reference()), c.reference());
            said = changed.isEmpty() ? said : said.isEmpty() ? changed : said + "; " + changed;
            out.append("<li><a href=\"#case-").append(c.reference()).append("\">").append(c.reference())
                    .append("</a>").append(said.isEmpty() ? "" : ": " + escape(said)).append("</li>\n");
        }
        out.append("</ol>\n");
        // the panel's list of what is late, across cases, against each case's own date
        if (sorted.stream().anyMatch(c -> followUps.getOrDefault(c.reference(), org.peermap.FollowUp.NONE).overdue() > 0)) {
            out.append("<h2>Overdue actions</h2>\n<ul>\n");
            for (Packer.CaseResult c : sorted) {
                for (String a : followUps.getOrDefault(c.reference(), org.peermap.FollowUp.NONE).overdueActions()) {
                    out.append("<li>").append(c.reference()).append(": ").append(escape(a)).append("</li>\n");
                }
            }
            out.append("</ul>\n");
        }
        for (Packer.CaseResult c : sorted) {
            Manifest.Entry entry = manifest.get(c.reference());
            out.append("<section class=\"case\" id=\"case-").append(c.reference()).append("\">\n");
            for (String name : entry == null ? List.<String>of() : pages(c.reference(), entry.outputs().keySet())) {
                Path svg = folder.resolve(name);
                if (Files.isRegularFile(svg)) {
                    String text = Files.readString(svg, StandardCharsets.UTF_8);
                    out.append("<div class=\"map\">\n").append(text.substring(text.indexOf("<svg"))).append("</div>\n");
                }
            }
            Path changes = folder.resolve(c.reference() + CHANGES);
            if (entry != null && entry.outputs().containsKey(c.reference() + CHANGES) && Files.isRegularFile(changes)) {
                out.append("<div class=\"changes\">\n")
                        .append(html.render(parser.parse(Files.readString(changes, StandardCharsets.UTF_8))))
                        .append("</div>\n");
            }
            Path appendix = folder.resolve(c.reference() + "-appendix.md");
            if (Files.isRegularFile(appendix)) {
                out.append("<div class=\"appendix\">\n")
                        .append(html.render(parser.parse(Files.readString(appendix, StandardCharsets.UTF_8))))
                        .append("</div>\n");
            }
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static final String CHANGES = "-changes.md";

    /**
     * With {@code pack --since}, what changed in a case since the revision, as its changes file says it ("changed
     * since HEAD~1: 2 people added"); empty when the pack has no changes file for it.
     */
    private static String changed(Path folder, Manifest.Entry entry, String reference) throws IOException {
        Path file = folder.resolve(reference + CHANGES);
        if (entry == null || !entry.outputs().containsKey(reference + CHANGES) || !Files.isRegularFile(file)) {
            return "";
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        java.util.regex.Matcher from = java.util.regex.Pattern.compile("From revision (\\S+) to").matcher(text);
        java.util.regex.Matcher in = java.util.regex.Pattern.compile("In short: (.*)\\.").matcher(text);
        String revision = from.find() ? from.group(1).replace("\\", "") : "the revision";
        return "changed since " + revision + ": " + (in.find() ? in.group(1) : "no change");
    }

    /**
     * A case's map pages in the order of its PDF: the peer map, its page per incident (when it has them),
     * the incident map, the people-by-incidents grid and its continuation pages.
     */
    static List<String> pages(String reference, java.util.Collection<String> outputs) {
        java.util.regex.Pattern page = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(reference)
                + "-(peer-map|peer-map-incident-([0-9]{1,6})|incident-map|grid|grid-([0-9]{1,6}))\\.svg");
        List<String> kinds = List.of("peer-map", "peer-map-incident-", "incident-map", "grid", "grid-");
        return outputs.stream().map(page::matcher).filter(java.util.regex.Matcher::matches)
                .sorted(java.util.Comparator.<java.util.regex.Matcher>comparingInt(m -> kinds.indexOf(
                        m.group(2) != null ? "peer-map-incident-" : m.group(3) != null ? "grid-" : m.group(1)))
                        .thenComparingInt(m -> Integer.parseInt(m.group(2) != null ? m.group(2)
                                : m.group(3) != null ? m.group(3) : "0")))
                .map(m -> m.group()).toList();
    }
}
