package be.clbchat.web.api;

import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.registration.Theme;
import be.clbchat.domain.tool.ClbDomain;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The CLB domains and their themes, to register a chat with. */
@Path("/themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

    public record ThemeView(String code, String name, boolean active) {
    }

    public record DomainView(String code, String name, List<ThemeView> themes) {
    }

    @Inject
    private RegistrationService registrations;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "The CLB domains with their themes to register a chat with (staff)")
    public List<DomainView> themes() {
        caller();
        Map<ClbDomain, List<ThemeView>> byDomain = new LinkedHashMap<>();
        for (ClbDomain domain : List.of(ClbDomain.OLB, ClbDomain.PSF, ClbDomain.LS, ClbDomain.PGZ)) {
            byDomain.put(domain, new java.util.ArrayList<>());
        }
        for (Theme theme : registrations.themes(false)) {
            byDomain.get(theme.domain()).add(new ThemeView(theme.code(), theme.name(), theme.active()));
        }
        return byDomain.entrySet().stream().map(entry -> new DomainView(entry.getKey().name(),
                entry.getKey().label(), entry.getValue())).toList();
    }

    private String caller() {
        return StaffCaller.anyStaff(security, "Alleen medewerkers zien de thema's.");
    }
}
