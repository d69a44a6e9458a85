package be.clbchat.web.api;

import be.clbchat.application.line.LineService;
import be.clbchat.domain.line.Line;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LinesResource {

    /** A line as the public sees it. */
    public record LineView(String code, String name, String timezone) {
        static LineView of(Line line) {
            return new LineView(line.code(), line.name(), line.timeZone().getId());
        }
    }

    @Inject
    private LineService lines;

    @GET
    @Operation(summary = "The chat lines CLBch@t serves")
    public List<LineView> all() {
        return lines.allLines().stream().map(LineView::of).toList();
    }
}
