package be.clbchat.web.api;

import be.clbchat.application.quality.AuditQuery;
import be.clbchat.application.quality.TranscriptService;
import be.clbchat.domain.quality.TranscriptRead;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log of transcript reads, for admins. It can only be read: nothing in the application changes it. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public record ReadJson(String chatId, String line, String reader, String readAt, String reason,
                           String reasonLabel) {
    }

    public record AuditJson(String from, String to, int max, List<ReadJson> reads) {
    }

    @Inject
    private TranscriptService transcripts;

    @Inject
    private Clock clock;

    @Context
    private SecurityContext security;

    @GET
    @Path("transcript-reads")
    @Operation(summary = "Who read which transcript when and why (admins): by reader, chat, and days from-to "
            + "(YYYY-MM-DD, both included; default the last 30), newest first")
    public AuditJson audit(@QueryParam("reader") String reader, @QueryParam("chat") String chat,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        String caller = StaffCaller.anyStaff(security, "Alleen beheerders lezen het auditlog.");
        AuditQuery query = AuditQuery.parse(reader, chat, from, to, LocalDate.ofInstant(clock.instant(), BRUSSELS));
        return new AuditJson(query.from().toString(), query.to().toString(), AuditQuery.MAX_ROWS,
                transcripts.audit(caller, query).stream().map(AuditResource::json).toList());
    }

    private static ReadJson json(TranscriptRead read) {
        return new ReadJson(read.chatId(), read.lineCode(), read.reader(), TranscriptsResource.time(read.readAt()),
                read.reason().code(), read.reason().label());
    }
}
