package be.clbchat.admin.statistics;

import be.clbchat.application.statistics.ReportTable.Chart;
import be.clbchat.application.statistics.ReportTable.Kind;
import be.clbchat.application.statistics.ReportTable.Series;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A chart of the statistics as Chart.js draws it through PrimeFaces' {@code p:chart}. */
final class ChartJson {

    /** The same colours as the PDF; each at least 4.5:1 on white. */
    static final String[] COLOURS = {"#1f5f8b", "#a8461c", "#2f6b2f", "#6b4c9a"};

    private ChartJson() {
    }

    static String of(Chart chart) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.labels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Double value : series.values()) {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(BigDecimal.valueOf(chart.percent() ? value * 100 : value).setScale(2, RoundingMode.HALF_UP));
                }
            }
            String colour = COLOURS[s % COLOURS.length];
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", series.name() + (chart.percent()
                    ? " (%)" : "")).add("data", data).add("backgroundColor", colour).add("borderColor", colour);
            if (chart.kind() == Kind.LINE) {
                dataset.add("fill", false).add("tension", 0.2).add("spanGaps", true);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", chart.series().size() > 1)));
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (chart.percent()) {
            valueAxis.add("title", Json.createObjectBuilder().add("display", true).add("text", "%"));
        }
        if (chart.kind() == Kind.HORIZONTAL_BAR) {
            options.add("indexAxis", "y").add("scales", Json.createObjectBuilder().add("x", valueAxis));
        } else {
            options.add("scales", Json.createObjectBuilder().add("y", valueAxis));
        }
        return Json.createObjectBuilder()
                .add("type", chart.kind() == Kind.LINE ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    /** Tall enough for every bar of a horizontal chart to have its label. */
    static int height(Chart chart) {
        return chart.kind() == Kind.HORIZONTAL_BAR
                ? Math.max(160, 40 + chart.labels().size() * (14 + 10 * chart.series().size())) : 260;
    }
}
