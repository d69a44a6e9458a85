package be.clbchat.admin.statistics;

import be.clbchat.application.statistics.ReportTable;
import be.clbchat.application.statistics.ReportTable.Chart;
import be.clbchat.application.statistics.ReportTable.Kind;
import be.clbchat.application.statistics.ReportTable.Series;
import be.clbchat.domain.statistics.DutchNumbers;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The printable annual report: every table of the statistics page with its chart, drawn as vectors straight into the
 * PDF with the PDF's own Helvetica (no screenshot, and no fonts needed on the server).
 */
final class StatisticsPdf {

    private static final Color[] COLOURS = {new Color(0x1f, 0x5f, 0x8b), new Color(0xc0, 0x56, 0x2a),
        new Color(0x3b, 0x7d, 0x3b), new Color(0x6b, 0x4c, 0x9a)};
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xcc, 0xcc, 0xcc);
    private static final float WIDTH = 500;

    private final BaseFont font;
    private final BaseFont bold;

    StatisticsPdf() {
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Helvetica is built into every PDF library", e);
        }
    }

    /** The report: a title, what it covers, then every table with its chart and note. */
    byte[] write(String title, String subtitle, String made, List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title + " - " + subtitle);
            document.addCreator("CLBch@t");
            document.open();
            document.add(new Paragraph(title, new Font(bold, 20, Font.NORMAL, TEXT)));
            document.add(new Paragraph(subtitle, new Font(font, 13, Font.NORMAL, TEXT)));
            document.add(new Paragraph(made, new Font(font, 9, Font.NORMAL, Color.DARK_GRAY)));
            for (ReportTable table : tables) {
                PdfTemplate drawn = table.chart().filter(StatisticsPdf::hasValues)
                        .map(chart -> chart(writer.getDirectContent(), chart)).orElse(null);
                // A heading never stays alone at the foot of a page, away from its chart or table.
                float needed = 60 + (drawn == null ? 40 : drawn.getHeight());
                if (writer.getVerticalPosition(true) - document.bottom() < needed) {
                    document.newPage();
                }
                Paragraph heading = new Paragraph(table.title(), new Font(bold, 13, Font.NORMAL, TEXT));
                heading.setSpacingBefore(16);
                heading.setSpacingAfter(6);
                document.add(heading);
                if (drawn != null) {
                    Image chart = Image.getInstance(drawn);
                    chart.setAlignment(Element.ALIGN_LEFT);
                    document.add(chart);
                }
                document.add(table(table));
                if (!table.note().isBlank()) {
                    document.add(new Paragraph(table.note(), new Font(font, 8, Font.ITALIC, Color.DARK_GRAY)));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static boolean hasValues(Chart chart) {
        return chart.series().stream().flatMap(series -> series.values().stream()).anyMatch(Objects::nonNull);
    }

    private PdfPTable table(ReportTable table) {
        PdfPTable pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        float[] widths = new float[table.headers().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 3 : "Bron".equals(table.headers().get(i)) ? 7 : 2;
        }
        try {
            pdf.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        pdf.setSpacingBefore(6);
        pdf.setHeaderRows(1);
        Font header = new Font(bold, 9, Font.NORMAL, TEXT);
        Font cell = new Font(font, 9, Font.NORMAL, TEXT);
        for (String name : table.headers()) {
            PdfPCell c = new PdfPCell(new Phrase(name, header));
            c.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            c.setPadding(4);
            pdf.addCell(c);
        }
        for (List<String> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell c = new PdfPCell(new Phrase(row.get(i), cell));
                c.setPadding(4);
                if (i > 0) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(c);
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell c = new PdfPCell(new Phrase("Geen gegevens in deze periode.", cell));
            c.setColspan(table.headers().size());
            pdf.addCell(c);
        }
        return pdf;
    }

    private PdfTemplate chart(PdfContentByte content, Chart chart) {
        return chart.kind() == Kind.HORIZONTAL_BAR ? horizontal(content, chart) : vertical(content, chart);
    }

    private String label(Chart chart, double value) {
        return chart.percent() ? DutchNumbers.percent(value)
                : value == Math.rint(value) ? DutchNumbers.whole((long) value) : DutchNumbers.decimal(value, 2);
    }

    private static double max(Chart chart) {
        double max = chart.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return max <= 0 ? 1 : max;
    }

    /** Bars (or a line) standing on the horizontal axis, one group of bars per label. */
    private PdfTemplate vertical(PdfContentByte content, Chart chart) {
        float height = 170;
        float bottom = 30;
        float top = 14;
        float left = 8;
        PdfTemplate t = content.createTemplate(WIDTH, height);
        double max = max(chart);
        int labels = chart.labels().size();
        float slot = (WIDTH - left) / Math.max(1, labels);
        float plot = height - bottom - top;
        t.setColorStroke(GRID);
        t.moveTo(left, bottom);
        t.lineTo(WIDTH, bottom);
        t.stroke();
        List<Series> series = chart.series();
        for (int s = 0; s < series.size(); s++) {
            Color colour = COLOURS[s % COLOURS.length];
            float previousX = -1;
            float previousY = -1;
            for (int i = 0; i < labels; i++) {
                Double value = series.get(s).values().get(i);
                if (value == null) {
                    previousX = -1;
                    continue;
                }
                float barHeight = (float) (value / max * plot);
                float x;
                if (chart.kind() == Kind.LINE) {
                    x = left + slot * i + slot / 2;
                    t.setColorFill(colour);
                    t.circle(x, bottom + barHeight, 2.5f);
                    t.fill();
                    if (previousX >= 0) {
                        t.setColorStroke(colour);
                        t.setLineWidth(1.5f);
                        t.moveTo(previousX, previousY);
                        t.lineTo(x, bottom + barHeight);
                        t.stroke();
                    }
                    previousX = x;
                    previousY = bottom + barHeight;
                } else {
                    float barWidth = Math.min(40, slot * 0.7f / series.size());
                    x = left + slot * i + (slot - barWidth * series.size()) / 2 + barWidth * s;
                    t.setColorFill(colour);
                    t.rectangle(x, bottom, barWidth, barHeight);
                    t.fill();
                    x += barWidth / 2;
                }
                text(t, font, 7, label(chart, value), x, bottom + barHeight + 3, PdfContentByte.ALIGN_CENTER);
            }
        }
        for (int i = 0; i < labels; i++) {
            text(t, font, 7, fit(chart.labels().get(i), slot - 2, 7), left + slot * i + slot / 2, bottom - 11,
                    PdfContentByte.ALIGN_CENTER);
        }
        legend(t, chart, 2);
        return t;
    }

    /** One row per label, bars running to the right: for themes, outcomes and the like. */
    private PdfTemplate horizontal(PdfContentByte content, Chart chart) {
        List<Series> series = chart.series();
        float bar = 9;
        float row = bar * series.size() + 5;
        float labelWidth = 190;
        float legend = series.size() > 1 ? 14 : 0;
        float height = row * chart.labels().size() + legend + 4;
        PdfTemplate t = content.createTemplate(WIDTH, height);
        double max = max(chart);
        float plot = WIDTH - labelWidth - 50;
        for (int i = 0; i < chart.labels().size(); i++) {
            float y = height - legend - row * (i + 1);
            text(t, font, 7, fit(chart.labels().get(i), labelWidth - 6, 7), labelWidth - 6,
                    y + row / 2 - 2.5f, PdfContentByte.ALIGN_RIGHT);
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(i);
                float barY = y + 2 + bar * (series.size() - 1 - s);
                if (value == null) {
                    continue;
                }
                float length = (float) (value / max * plot);
                t.setColorFill(COLOURS[s % COLOURS.length]);
                t.rectangle(labelWidth, barY, Math.max(length, 0.5f), bar - 1.5f);
                t.fill();
                text(t, font, 6.5f, label(chart, value), labelWidth + length + 3, barY + 1.5f,
                        PdfContentByte.ALIGN_LEFT);
            }
        }
        if (series.size() > 1) {
            legend(t, chart, height - 10);
        }
        return t;
    }

    private void legend(PdfTemplate t, Chart chart, float y) {
        if (chart.series().size() < 2) {
            return;
        }
        float x = 8;
        for (int s = 0; s < chart.series().size(); s++) {
            t.setColorFill(COLOURS[s % COLOURS.length]);
            t.rectangle(x, y, 8, 7);
            t.fill();
            String name = chart.series().get(s).name();
            text(t, font, 7, name, x + 11, y + 1, PdfContentByte.ALIGN_LEFT);
            x += 20 + font.getWidthPoint(name, 7);
        }
    }

    private String fit(String text, float width, float size) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && font.getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static void text(PdfTemplate t, BaseFont font, float size, String text, float x, float y, int align) {
        t.beginText();
        t.setColorFill(TEXT);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }
}
