package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Case text in the appendix is text: Markdown and HTML in it are shown as written (issue 11). */
class AppendixTextTest {
    private static String html(String markdown) {
        var extensions = List.of(TablesExtension.create());
        return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown)).strip();
    }

    @Test
    void entitiesListsRulesAndCellBarsStayAsWritten() {
        assertEquals("<p>Zo&amp;euml; and &amp;#x61;</p>", html(Appendix.inline("Zo&euml; and &#x61;")));
        assertEquals("<p>- a list?</p>", html(Appendix.inline("- a list?")));
        assertEquals("<p>1. first</p>", html(Appendix.inline("1. first")));
        assertEquals("<p>---</p>", html(Appendix.inline("---")));
        assertEquals("<p>+ plus</p>", html(Appendix.inline("+ plus")));
        assertEquals("<p>*not bold* &lt;b&gt;</p>", html(Appendix.inline("*not bold* <b>")));
    }
}
