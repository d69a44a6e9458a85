package be.clbchat.web.api;

import be.clbchat.application.chat.ChatSettings;
import be.clbchat.domain.chat.RetentionWording;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the visitor's page tells about keeping their data, from the settings the server itself works with. */
@Path("/privacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    /**
     * @param transcriptRetentionDays days after its end that a chat's text and nickname are deleted
     * @param transcriptRetention     the same in plain Dutch, as the page says it ("6 weken")
     */
    public record Privacy(long transcriptRetentionDays, String transcriptRetention) {
    }

    @Inject
    private ChatSettings settings;

    @GET
    @Operation(summary = "How long a chat's text and nickname are kept before they are deleted (the retention job's"
            + " own setting)")
    public Privacy privacy() {
        return new Privacy(settings.retention().toDays(), RetentionWording.inDutch(settings.retention()));
    }
}
