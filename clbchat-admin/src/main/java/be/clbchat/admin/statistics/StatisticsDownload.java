package be.clbchat.admin.statistics;

import be.clbchat.application.statistics.Questions;
import be.clbchat.application.statistics.ReportTable;
import be.clbchat.application.statistics.ReportTables;
import be.clbchat.application.statistics.StatisticsService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.statistics.StatisticsPeriod;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics as files: {@code ?format=csv&table=ID} one table as CSV (semicolons and a BOM, as Excel in Belgium
 * opens it), {@code ?format=pdf} the whole annual report; with the page's own filters ({@code schoolYear} or
 * {@code from} and {@code to}, {@code line}, {@code theme}). Bad filters are a 400 with the reason in Dutch.
 */
@WebServlet("/statistieken/download")
public class StatisticsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            java.util.Locale.forLanguageTag("nl-BE"));

    @Inject
    private StatisticsService statistics;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String format = request.getParameter("format");
        StatisticsService.Report report;
        try {
            if (!"csv".equals(format) && !"pdf".equals(format)) {
                throw Refusal.invalid("invalid-format", "Kies format=csv (met table) of format=pdf.");
            }
            report = statistics.report(request.getUserPrincipal().getName(), Questions.parse(
                    request.getParameter("schoolYear"), request.getParameter("from"), request.getParameter("to"),
                    request.getParameter("line"), request.getParameter("theme"), today()));
        } catch (Refusal refusal) {
            refuse(response, refusal);
            return;
        }
        List<ReportTable> tables = ReportTables.of(report);
        String period = report.question().period().schoolYear().map(year -> year.label())
                .orElse(report.question().period().from() + "_" + report.question().period().to());
        if ("pdf".equals(format)) {
            byte[] pdf = new StatisticsPdf().write("Jaarverslag onlinehulp: CLBch@t",
                    capitalised(report.question().period().label()) + ", " + report.linesName(),
                    "Gemaakt op " + MADE.format(clock.instant().atZone(StatisticsPeriod.ZONE))
                            + " uit de cijfers van het CLBch@t-platform. Cijfers onder 5 chats staan er als \"< 5\".",
                    tables);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"clbchat-jaarverslag-" + period + ".pdf\"");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
            return;
        }
        String id = request.getParameter("table");
        Optional<ReportTable> table = tables.stream().filter(candidate -> candidate.id().equals(id)).findFirst();
        if (table.isEmpty()) {
            refuse(response, Refusal.notFound("unknown-table", "Die tabel bestaat niet."));
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"clbchat-" + id + "-" + period + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader(table.get().headers().toArray(String[]::new)).get().print(writer)) {
            for (List<String> row : table.get().rows()) {
                csv.printRecord(row);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StatisticsPeriod.ZONE));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
        response.setStatus(switch (refusal.kind()) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        });
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(refusal.getMessage());
    }
}
