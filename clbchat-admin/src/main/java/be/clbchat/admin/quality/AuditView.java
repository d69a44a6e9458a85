package be.clbchat.admin.quality;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.quality.AuditQuery;
import be.clbchat.application.quality.TranscriptService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.quality.TranscriptRead;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The audit log of transcript reads, for admins: who read which chat when and why, filtered by person, chat and days,
 * and as CSV. It can only be read: neither this page nor anything else in the application changes it.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss",
            Locale.forLanguageTag("nl-BE"));

    /** One read in the table. */
    public record ReadRow(String readAt, String reader, String chatId, String line, String reason)
            implements Serializable {
    }

    @Inject
    private TranscriptService transcripts;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    private String reader;
    private String chat;
    private LocalDate from;
    private LocalDate to;
    private List<ReadRow> reads = List.of();
    private boolean capped;

    @PostConstruct
    void init() {
        AuditQuery query = AuditQuery.parse(null, null, null, null, today());
        from = query.from();
        to = query.to();
        search();
    }

    public void search() {
        try {
            List<TranscriptRead> found = transcripts.audit(security.getCallerPrincipal().getName(), query());
            reads = found.stream().map(read -> new ReadRow(SHOWN.format(read.readAt().atZone(TranscriptLines.BRUSSELS)),
                    read.reader(), read.chatId(), read.lineCode(), read.reason().label())).toList();
            capped = found.size() >= AuditQuery.MAX_ROWS;
        } catch (Refusal refusal) {
            reads = List.of();
            Messages.refused(refusal, "filters", null);
        }
    }

    private AuditQuery query() {
        return AuditQuery.parse(reader, chat, from == null ? null : from.toString(), to == null ? null : to.toString(),
                today());
    }

    /** The CSV of what the filters ask, as a link. */
    public String getCsvUrl() {
        return "audit/download?reader=" + encoded(reader) + "&chat=" + encoded(chat) + "&from="
                + encoded(from == null ? null : from.toString()) + "&to=" + encoded(to == null ? null : to.toString());
    }

    private static String encoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TranscriptLines.BRUSSELS);
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }

    public String getChat() {
        return chat;
    }

    public void setChat(String chat) {
        this.chat = chat;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<ReadRow> getReads() {
        return reads;
    }

    public boolean isCapped() {
        return capped;
    }

    public int getMaxRows() {
        return AuditQuery.MAX_ROWS;
    }
}
