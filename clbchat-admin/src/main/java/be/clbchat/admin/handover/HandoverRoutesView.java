package be.clbchat.admin.handover;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.handover.HandoverService;
import be.clbchat.application.line.LineService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The coordinators' page for hand-overs: which line may hand a live chat over to which (one direction each), and the
 * partner lines — helplines of other organisations on the platform — with their teams.
 */
@Named
@ViewScoped
public class HandoverRoutesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One allowed direction. */
    public record Route(String from, String fromName, String to, String toName) implements Serializable {
    }

    /** A partner line in the table. */
    public record Partner(String code, String name, String organisation, List<String> team, boolean openNow,
                          String shownAs) implements Serializable {
    }

    /** A line to choose. */
    public record Choice(String code, String name) implements Serializable {
    }

    @Inject
    private HandoverService handovers;

    @Inject
    private LineService lines;

    @Inject
    private SecurityContext security;

    private List<Route> routes;
    private List<Partner> partners;
    private List<Choice> choices;
    private String from;
    private String to;
    private boolean bothWays = true;
    private String code;
    private String name;
    private String organisation;
    private String teamLine;
    private String teamMember;

    @PostConstruct
    void load() {
        Map<String, String> names = new java.util.HashMap<>();
        choices = new ArrayList<>();
        for (Line line : lines.allLines()) {
            names.put(line.code(), line.name());
            choices.add(new Choice(line.code(), line.name()));
        }
        routes = new ArrayList<>();
        handovers.routes().forEach((fromLine, toLines) -> toLines.forEach(toLine -> routes.add(new Route(fromLine,
                names.getOrDefault(fromLine, fromLine), toLine, names.getOrDefault(toLine, toLine)))));
        partners = handovers.partnerLineList(caller()).stream().map(partner -> new Partner(partner.line().code(),
                partner.line().name(), partner.organisation(), partner.team(), partner.openNow(),
                partner.shownAs().orElse(""))).toList();
    }

    public void allow() {
        try {
            if (from == null || to == null) {
                throw Refusal.invalid("invalid-field", Map.of("to", "Kies van welke lijn naar welke."));
            }
            handovers.addRoute(caller(), from, to);
            if (bothWays) {
                handovers.addRoute(caller(), to, from);
            }
            Messages.info(bothWays ? "Die twee lijnen kunnen nu naar elkaar doorverbinden."
                    : "Die lijn kan nu doorverbinden naar de andere.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "route-form", null);
        }
    }

    public void forbid(String fromLine, String toLine) {
        try {
            handovers.removeRoute(caller(), fromLine, toLine);
            Messages.info("Doorverbinden in die richting kan niet meer.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    public void createPartner() {
        try {
            Line made = handovers.createPartnerLine(caller(), code, name, organisation);
            Messages.info("Partnerlijn " + made.name() + " gemaakt. Ze is gesloten tot ze openingsuren krijgt.");
            code = name = organisation = null;
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "partner-form", null);
        }
    }

    public void addToTeam() {
        try {
            handovers.addToPartnerTeam(caller(), teamLine, teamMember == null ? null : teamMember.strip());
            Messages.info(teamMember.strip() + " zit nu in het team.");
            teamMember = null;
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "team-form", null);
        }
    }

    public void removeFromTeam() {
        try {
            handovers.removeFromPartnerTeam(caller(), teamLine, teamMember == null ? null : teamMember.strip());
            Messages.info(teamMember.strip() + " zit niet meer in het team.");
            teamMember = null;
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "team-form", null);
        }
    }

    public void saveShownAs() {
        try {
            handovers.setShownAs(caller(), teamLine, java.util.Optional.ofNullable(shownAs));
            Messages.info(shownAs == null || shownAs.isBlank()
                    ? "De bezoekers zien de schuilnaam van elke medewerker."
                    : "De bezoekers zien \"" + shownAs.strip() + "\" voor wie antwoordt.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "team-form", null);
        }
    }

    private String shownAs;

    public String getShownAs() {
        return shownAs;
    }

    public void setShownAs(String shownAs) {
        this.shownAs = shownAs;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public List<Route> getRoutes() {
        return routes;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isBothWays() {
        return bothWays;
    }

    public void setBothWays(boolean bothWays) {
        this.bothWays = bothWays;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getTeamLine() {
        return teamLine;
    }

    public void setTeamLine(String teamLine) {
        this.teamLine = teamLine;
    }

    public String getTeamMember() {
        return teamMember;
    }

    public void setTeamMember(String teamMember) {
        this.teamMember = teamMember;
    }
}
