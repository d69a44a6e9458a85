package be.clbchat.application.statistics;

import java.util.List;
import java.util.Optional;

/**
 * One table of the statistics, as the page, the CSV and the PDF show it: its cells already written the Belgian Dutch
 * way ("8.339", "42,8%", "< 5"), and the chart drawn beside it.
 *
 * @param id  a stable name, for the CSV's file name and the page's anchors
 */
public record ReportTable(String id, String title, List<String> headers, List<List<String>> rows,
                          Optional<Chart> chart, String note) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** How a chart is drawn. */
    public enum Kind { BAR, HORIZONTAL_BAR, LINE }

    /** A series of a chart: one value per label; a hidden ("< 5") or missing value is null. */
    public record Series(String name, List<Double> values) {
    }

    /** A chart: labels along one axis, one or more series, and whether values are shares (drawn as percentages). */
    public record Chart(Kind kind, List<String> labels, List<Series> series, boolean percent) {
    }
}
