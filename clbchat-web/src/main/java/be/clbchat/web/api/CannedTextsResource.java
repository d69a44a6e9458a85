package be.clbchat.web.api;

import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.registration.CannedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The canned texts an operator inserts in a chat, found by words from their title, text or tags. */
@Path("/canned-texts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CannedTextsResource {

    public record CannedTextView(long id, String title, String body, List<String> tags) {
        static CannedTextView of(CannedText text) {
            return new CannedTextView(text.id(), text.title(), text.body(), text.tags());
        }
    }

    @Inject
    private RegistrationService registrations;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "The active canned texts, those with every word of 'q' when given (staff)")
    public List<CannedTextView> search(@QueryParam("q") String query) {
        StaffCaller.anyStaff(security, "Alleen medewerkers gebruiken standaardteksten.");
        String q = query == null ? "" : query.strip();
        return registrations.cannedTexts(q.length() > 100 ? q.substring(0, 100) : q, false).stream()
                .map(CannedTextView::of).toList();
    }
}
