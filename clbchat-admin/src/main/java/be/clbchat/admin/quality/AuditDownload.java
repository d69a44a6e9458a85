package be.clbchat.admin.quality;

import be.clbchat.application.quality.AuditQuery;
import be.clbchat.application.quality.TranscriptService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.quality.TranscriptRead;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log as CSV ({@code ?reader=&chat=&from=&to=}, as on the page): semicolons and a BOM, as Excel in Belgium
 * opens it. Admins only (the service refuses anyone else); bad filters are a 400 with the reason in Dutch.
 */
@WebServlet("/audit/download")
public class AuditDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private TranscriptService transcripts;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        List<TranscriptRead> reads;
        AuditQuery query;
        try {
            query = AuditQuery.parse(request.getParameter("reader"), request.getParameter("chat"),
                    request.getParameter("from"), request.getParameter("to"),
                    LocalDate.ofInstant(clock.instant(), TranscriptLines.BRUSSELS));
            reads = transcripts.audit(request.getUserPrincipal().getName(), query);
        } catch (Refusal refusal) {
            response.setStatus(refusal.kind() == Refusal.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(refusal.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"clbchat-auditlog-" + query.from() + "_"
                + query.to() + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader("Gelezen op", "Door", "Gesprek", "Chatlijn", "Reden").get().print(writer)) {
            for (TranscriptRead read : reads) {
                csv.printRecord(TIME.format(read.readAt().atZone(TranscriptLines.BRUSSELS)), read.reader(),
                        read.chatId(), read.lineCode(), read.reason().label());
            }
        }
    }
}
