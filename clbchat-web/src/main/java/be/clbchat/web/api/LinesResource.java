package be.clbchat.web.api;

import be.clbchat.application.line.LineService;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.line.Line;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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

    /**
     * A line as the public sees it: who may chat on it ({@code audience}: pupil, parent, teacher) and, for a
     * chat-met-je-CLB box, the address of its page ({@code page}, null for CLBch@t itself).
     */
    @JsonbNillable
    public record LineView(String code, String name, String timezone, List<String> audience, String page) {
        static LineView of(LineService.PublicLine found) {
            Line line = found.line();
            return new LineView(line.code(), line.name(), line.timeZone().getId(),
                    found.audience().stream().sorted().map(VisitorRole::code).toList(),
                    found.publicPath().orElse(null));
        }
    }

    @Inject
    private LineService lines;

    @GET
    @Operation(summary = "The chat lines CLBch@t serves: its own and the CLBs' boxes that are not drafts")
    public List<LineView> all() {
        return lines.publicLines().stream().map(LineView::of).toList();
    }
}
