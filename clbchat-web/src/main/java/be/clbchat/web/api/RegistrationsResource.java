package be.clbchat.web.api;

import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import be.clbchat.domain.registration.Registration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's registration of a chat (client type, themes, outcomes, suspected fake call, internal note), and the
 * chats still to register. A chat's registration is for its operator and coordinators; anyone else gets 404.
 */
@Path("/chats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public record ChangeView(String by, String at, String summary) {
    }

    /** As sent on PUT: {@code clientType}, {@code themes}, {@code outcomes}, {@code suspectedFake}, {@code note}. */
    @JsonbNillable
    public record RegistrationView(String chatId, String line, String nickname, String endedAt, boolean registered,
                                   String clientType,
                                   List<String> themes, List<String> outcomes, Boolean suspectedFake, String note,
                                   List<ChangeView> changes) {
    }

    public record MissingView(List<String> chats) {
    }

    @Inject
    private RegistrationService registrations;

    @Context
    private SecurityContext security;

    @GET
    @Path("{id}/registration")
    @Operation(summary = "A chat's registration, or the proposal for it (its operator and coordinators)")
    public RegistrationView registration(@PathParam("id") String id) {
        return view(registrations.form(caller(), chatId(id)));
    }

    @PUT
    @Path("{id}/registration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a chat, or correct its registration (the operator for 7 days, coordinators always)")
    public RegistrationView register(@PathParam("id") String id, RegistrationView body) {
        String caller = caller();
        UUID chat = chatId(id);
        if (body == null) {
            throw Refusal.invalid("invalid-registration", "Stuur een registratie als JSON.");
        }
        registrations.register(caller, chat, draft(body));
        return view(registrations.form(caller, chat));
    }

    @GET
    @Path("unregistered")
    @Operation(summary = "The caller's ended chats without a registration (coordinators: everyone's)")
    public MissingView missing() {
        return new MissingView(registrations.unregistered(caller()).stream()
                .map(chat -> chat.id().toString()).toList());
    }

    private static RegistrationView view(RegistrationService.Form form) {
        Registration.Draft shown = form.proposal();
        String endedAt = form.endedAt().map(at -> IsoTimes.format(at.atZone(BRUSSELS))).orElse(null);
        return new RegistrationView(form.chatId().toString(), form.line(), form.nickname(), endedAt,
                form.stored().isPresent(),
                shown.clientType() == null ? null : shown.clientType().code(),
                shown.themes().stream().sorted().toList(),
                shown.outcomes().stream().sorted().map(Outcome::code).toList(), shown.suspectedFake(), shown.note(),
                form.history().stream().map(change -> new ChangeView(change.changedBy(),
                        IsoTimes.format(change.changedAt().atZone(BRUSSELS)), change.summary())).toList());
    }

    private static Registration.Draft draft(RegistrationView body) {
        Map<String, String> wrong = new LinkedHashMap<>();
        ClientType clientType = null;
        if (body.clientType() != null) {
            clientType = Coded.fromCode(ClientType.class, body.clientType()).orElse(null);
            if (clientType == null) {
                wrong.put("clientType", "'clientType' is een van " + Coded.codes(ClientType.class) + ".");
            }
        }
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (String code : body.outcomes() == null ? List.<String>of() : body.outcomes()) {
            Coded.fromCode(Outcome.class, code).ifPresentOrElse(outcomes::add, () ->
                    wrong.put("outcomes", "Onbekende uitkomst \"" + code + "\": kies uit "
                            + Coded.codes(Outcome.class) + "."));
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-registration", wrong);
        }
        Set<String> themes = body.themes() == null ? Set.of() : new LinkedHashSet<>(body.themes());
        return new Registration.Draft(clientType, themes, outcomes, Boolean.TRUE.equals(body.suspectedFake()),
                body.note());
    }

    private static UUID chatId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou.");
        }
    }

    private String caller() {
        return StaffCaller.anyStaff(security, "Alleen medewerkers registreren gesprekken.");
    }
}
