package org.peermap.watch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.output.OutputFile;

/** The live preview's content as HTML: the file's problems, the maps inline, the key and the narrative. */
final class PreviewPage {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Pattern PAGE = Pattern.compile(".*?-(peer-map|peer-map-incident-([0-9]+)|incident-map|grid"
            + "|grid-([0-9]+))\\.svg");

    private PreviewPage() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Each map page drawn, in the order of the case's PDF, as a zoomable figure. */
    static List<String> maps(List<OutputFile> files) {
        List<String> out = new ArrayList<>();
        for (OutputFile file : files) {
            Matcher m = PAGE.matcher(file.name());
            if (!m.matches()) {
                continue;
            }
            String kind = m.group(1);
            String caption = m.group(2) != null ? "Peer map, incident " + m.group(2)
                    : m.group(3) != null ? "People and incidents, continued (" + m.group(3) + ")"
                    : switch (kind) {
                        case "peer-map" -> "Peer map";
                        case "incident-map" -> "Incident map";
                        default -> "People and incidents";
                    };
            String svg = new String(file.bytes(), StandardCharsets.UTF_8);
            int start = svg.indexOf("<svg");
            out.add("<figure class=\"pm-map\" data-map=\"" + escape(kind + (m.group(2) != null ? "-" + m.group(2)
                    : m.group(3) != null ? "-" + m.group(3) : "")) + "\">\n<figcaption>" + caption
                    + "</figcaption>\n<div class=\"pm-view\"><div class=\"pm-zoom\">\n"
                    + (start < 0 ? "" : svg.substring(start)) + "</div></div>\n</figure>\n");
        }
        return List.copyOf(out);
    }

    /** The appendix's key and narrative, then the whole appendix folded away. */
    static String words(String appendix) {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
        StringBuilder out = new StringBuilder();
        for (String heading : List.of("Key", "Narrative")) {
            String section = section(appendix, heading);
            if (!section.isEmpty()) {
                out.append("<section class=\"pm-").append(heading.toLowerCase(java.util.Locale.ROOT)).append("\">\n")
                        .append(html.render(parser.parse(section))).append("</section>\n");
            }
        }
        if (!appendix.isEmpty()) {
            out.append("<details class=\"pm-appendix\"><summary>The whole appendix</summary>\n")
                    .append(html.render(parser.parse(appendix))).append("</details>\n");
        }
        return out.toString();
    }

    /** The Markdown of one {@code ## heading} section, heading included; empty when there is none. */
    static String section(String markdown, String heading) {
        int start = markdown.startsWith("## " + heading + "\n") ? 0 : markdown.indexOf("\n## " + heading + "\n");
        if (start < 0) {
            return "";
        }
        start = start == 0 ? 0 : start + 1;
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end + 1);
    }

    /**
     * The page's content.
     *
     * @param upToDate whether the maps are of the file as it is now
     * @param anyMap whether a map was ever drawn in this preview
     */
    static String fragment(List<Diagnostic> diagnostics, boolean upToDate, boolean anyMap, List<String> maps,
            String words) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        String count = count(errors, "error") + ", " + count(warnings, "warning");
        StringBuilder out = new StringBuilder();
        String state = upToDate ? "current" : anyMap ? "stale" : "none";
        out.append("<div id=\"pm-status\" class=\"pm-status pm-").append(state).append("\" data-state=\"")
                .append(state).append("\" data-errors=\"").append(errors).append("\">");
        out.append(switch (state) {
            case "current" -> "Up to date with the saved file: " + count + ".";
            case "stale" -> "Not up to date: the saved file has " + count + ". The maps below are the last ones"
                    + " drawn; fix the file and save it to bring them up to date.";
            default -> "No map yet: the saved file has " + count + ". Fix the file and save it.";
        });
        out.append("</div>\n");
        if (!diagnostics.isEmpty()) {
            out.append("<ul class=\"pm-problems\">\n");
            for (Diagnostic d : diagnostics) {
                out.append("<li class=\"pm-").append(d.isError() ? "error" : "warning").append("\"><code>")
                        .append(escape(d.file() + ":" + d.line() + ":" + d.column())).append("</code> ")
                        .append(d.isError() ? "error" : "warning").append(": ").append(escape(d.message()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (anyMap) {
            out.append("<div class=\"pm-maps").append(upToDate ? "" : " pm-old").append("\">\n");
            maps.forEach(out::append);
            out.append("</div>\n<div class=\"pm-words").append(upToDate ? "" : " pm-old").append("\">\n")
                    .append(words).append("</div>\n");
        }
        return out.toString();
    }

    /** What the page shows instead when the leak guard refuses it: the reasons, which name no one. */
    static String refused(List<String> leaks) {
        StringBuilder out = new StringBuilder("<div id=\"pm-status\" class=\"pm-status pm-none\" data-state=\"refused\""
                + " data-errors=\"" + leaks.size() + "\">Not shown: peermap's leak guard found identifying text in"
                + " this page.</div>\n<ul class=\"pm-problems\">\n");
        leaks.forEach(l -> out.append("<li class=\"pm-error\">").append(escape(l)).append("</li>\n"));
        return out.append("</ul>\n").toString();
    }

    private static String count(long n, String word) {
        return (n == 0 ? "no" : String.valueOf(n)) + " " + word + (n == 1 ? "" : "s");
    }

    /** The whole page: the shell that loads the style and the script, around the first content. */
    static byte[] page(String title, String fragment, long version) {
        return ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                // no icon: else the browser asks for /favicon.ico, outside the token, and logs the 404
                + "<link rel=\"icon\" href=\"data:,\">\n"
                + "<link rel=\"stylesheet\" href=\"app.css\">\n<script src=\"app.js\" defer></script>\n"
                + "</head>\n<body data-version=\"" + version + "\">\n"
                + "<header class=\"pm-top\"><strong>peermap watch</strong> <span id=\"pm-live\">live preview</span>"
                + " <span class=\"pm-help\">Scroll or use + and &#8722; to zoom, drag to move, 0 to fit.</span>"
                + "</header>\n<main id=\"pm-content\">\n" + fragment + "</main>\n</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
