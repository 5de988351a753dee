package org.peermap.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A pack's cover: its title, when and with what it was made, and a contents table over as many pages as it takes. */
final class PdfCover {
    private PdfCover() {}

    /** Draws the cover in front of the document's pages; returns how many pages it took. */
    static int draw(PDDocument doc, PdfText.Fonts fonts, PDRectangle paper, String title, String date,
            List<PdfDocument.Case> cases, List<Integer> firstPages, String marking, String since) throws IOException {
        PDPage first = doc.getNumberOfPages() == 0 ? null : doc.getPage(0);
        try (PdfFlow flow = new PdfFlow(doc, fonts, paper, marking,
                page -> {
                    if (first == null) {
                        doc.addPage(page);
                    } else {
                        doc.getPages().insertBefore(page, first);
                    }
                })) {
            flow.newPage();
            flow.down(30);
            for (String line : PdfText.wrap(fonts, title, flow.width(), 22, true)) {
                PdfText.show(flow.stream(), fonts, flow.left(), flow.y(), line, 22, true);
                flow.down(26);
            }
            PdfText.show(flow.stream(), fonts, flow.left(), flow.y(), cases.size() + " case"
                    + (cases.size() == 1 ? "" : "s") + (date.isEmpty() ? "" : ", prepared up to " + date)
                    + ". Made with peermap.", 11, false);
            flow.down(34);
            PdfText.show(flow.stream(), fonts, flow.left(), flow.y(), "Contents", 13, true);
            flow.down(10);
            // a column for review and actions only when a case has them, so packs without keep their cover
            boolean followUp = cases.stream().anyMatch(c -> !c.followUp().isEmpty());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                List<String> row = new ArrayList<>(List.of(cases.get(i).reference(), cases.get(i).title()));
                if (followUp) {
                    row.add(cases.get(i).followUp());
                }
                if (!since.isEmpty()) {
                    row.add(cases.get(i).changed());
                }
                row.add(Integer.toString(firstPages.get(i)));
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of("Reference", "Title"));
            if (followUp) {
                header.add("Review and actions");
            }
            if (!since.isEmpty()) {
                header.add("Changed since " + since);
            }
            header.add("Page");
            PdfTables.draw(flow, new PdfTables.Table(header, rows), "Contents");
            List<List<String>> overdue = new ArrayList<>();
            for (PdfDocument.Case c : cases) {
                c.overdue().forEach(a -> overdue.add(List.of(c.reference(), a)));
            }
            if (!overdue.isEmpty()) {
                // overdue against each case's own map date, never the clock, so the pack's bytes stay the same
                flow.down(24);
                flow.need(60);
                PdfText.show(flow.stream(), fonts, flow.left(), flow.y(), "Overdue actions", 13, true);
                flow.down(10);
                PdfTables.draw(flow, new PdfTables.Table(List.of("Reference", "Action (who, by when)"), overdue),
                        "Overdue actions");
            }
            return flow.pages();
        }
    }
}
