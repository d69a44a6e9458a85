package be.clbchat.admin.schedule;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.application.schedule.RosterService;
import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.schedule.ProposalItem;
import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.ShiftBlock;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A suggested roster: what it proposes per block, what it could not meet and why; take it over in part or whole. */
@Named
@ViewScoped
public class ProposalView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One proposed placement. */
    public record ItemRow(String key, String when, String person, String discipline, String outcome)
            implements Serializable {
    }

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private RosterService roster;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private SecurityContext security;

    private Long id;
    private String period;
    private String from;
    private String score;
    private int solveMillis;
    private List<String> unmet = List.of();
    private List<ItemRow> items = List.of();
    private List<ItemRow> chosen = new ArrayList<>();
    private boolean found;

    /** Called from f:viewAction once the id parameter is set. */
    public void load() {
        RosterProposal proposal = id == null ? null : planning.proposal(id).orElse(null);
        found = proposal != null;
        if (!found) {
            Messages.error(null, "Dit voorstel bestaat niet (meer).");
            return;
        }
        ZoneId zone = openingHours.zone(proposal.line());
        Map<Long, ShiftBlock> blocks = new HashMap<>();
        planning.blocks(proposal.line(), proposal.from(), proposal.to()).forEach(s -> blocks.put(s.id(), s));
        Map<String, Operator> operators = new HashMap<>();
        planning.loads(proposal.line(), YearMonth.from(proposal.from()))
                .forEach(load -> operators.put(load.username(), load.operator()));
        List<ItemRow> rows = new ArrayList<>();
        for (ProposalItem item : proposal.items()) {
            ShiftBlock block = blocks.get(item.blockId());
            String when = block == null ? "(blok verwijderd)" : RosterView.BLOCK.format(block.startsAt().atZone(zone))
                    + "–" + RosterView.HOUR.format(block.endsAt().atZone(zone));
            Operator operator = operators.getOrDefault(item.username(), new Operator(item.username()));
            RosterView.PersonRow person = RosterView.person(item.username(), operator);
            rows.add(new ItemRow(item.key(), when, person.name(), person.discipline(), switch (item.outcome()) {
                case PROPOSED -> "voorgesteld";
                case ACCEPTED -> "overgenomen";
                case REFUSED -> "past niet meer";
            }));
        }
        items = rows;
        chosen = new ArrayList<>();
        unmet = proposal.unmet();
        score = proposal.score();
        solveMillis = proposal.solveMillis();
        period = proposal.from() + " tot en met " + proposal.to();
        from = proposal.from().toString();
    }

    public void acceptAll() {
        accept(null);
    }

    public void acceptChosen() {
        if (chosen == null || chosen.isEmpty()) {
            Messages.error(null, "Duid eerst aan welke plaatsingen je wilt overnemen.");
            return;
        }
        accept(chosen.stream().map(ItemRow::key).toList());
    }

    private void accept(List<String> keys) {
        try {
            report(roster.accept(id, keys, security.getCallerPrincipal().getName()));
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    private void report(RosterService.Accepted accepted) {
        Messages.info(accepted.accepted() == 1 ? "1 plaatsing overgenomen."
                : accepted.accepted() + " plaatsingen overgenomen.");
        accepted.refused().forEach(why -> Messages.error(null, "Niet overgenomen: " + why));
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getPeriod() {
        return period;
    }

    public String getFrom() {
        return from;
    }

    public String getScore() {
        return score;
    }

    public int getSolveMillis() {
        return solveMillis;
    }

    public List<String> getUnmet() {
        return unmet;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public List<ItemRow> getChosen() {
        return chosen;
    }

    public void setChosen(List<ItemRow> chosen) {
        this.chosen = chosen;
    }

    public boolean isOpenItems() {
        return items.stream().anyMatch(item -> "voorgesteld".equals(item.outcome()));
    }
}
