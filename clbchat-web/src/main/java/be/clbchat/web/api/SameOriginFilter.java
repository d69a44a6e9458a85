package be.clbchat.web.api;

import be.clbchat.domain.Refusal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * A browser that sends a change (POST, PUT, PATCH, DELETE) from another site is refused, so a logged-in coordinator
 * visiting a hostile page cannot be made to change the opening hours. Programs without an Origin header (HTTP Basic
 * clients) are not affected.
 */
@Provider
public class SameOriginFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || SAFE.contains(request.getMethod())) {
            return;
        }
        URI own = request.getUriInfo().getBaseUri();
        if (!origin.equalsIgnoreCase(own.getScheme() + "://" + own.getAuthority())) {
            request.abortWith(RefusalMapper.response(Refusal.forbidden("cross-origin",
                    "Deze wijziging komt van een andere website en werd geweigerd.")));
        }
    }
}
