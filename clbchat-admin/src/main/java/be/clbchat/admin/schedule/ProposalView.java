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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A suggested roster: what it proposes per block, what it could not meet and why; take it over in part or whole. */
@Named
@ViewScoped
public class ProposalView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How the roster report names a block (RosterReport): to put its lines in the order of the blocks. */
    private static final DateTimeFormatter REPORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            java.util.Locale.forLanguageTag("nl-BE"));

    /** One proposed placement. */
    public record ItemRow(String key, String when, String person, String discipline, String outcome)
            implements Serializable {
    }

    /** What the proposal could not meet on one block: its rules, each with why. */
    public record UnmetBlock(String block, List<String> rules) implements Serializable {
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
    private List<UnmetBlock> unmetBlocks = List.of();
    private String summary;
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
        Map<String, java.time.Instant> starts = new HashMap<>();
        for (ProposalItem item : proposal.items()) {
            ShiftBlock block = blocks.get(item.blockId());
            String when = block == null ? "(blok verwijderd)" : RosterView.BLOCK.format(block.startsAt().atZone(zone))
                    + "–" + RosterView.HOUR.format(block.endsAt().atZone(zone));
            Operator operator = operators.getOrDefault(item.username(), new Operator(item.username()));
            RosterView.PersonRow person = RosterView.person(item.username(), operator);
            starts.put(item.key(), block == null ? java.time.Instant.MAX : block.startsAt());
            rows.add(new ItemRow(item.key(), when, person.name(), person.discipline(), switch (item.outcome()) {
                case PROPOSED -> "voorgesteld";
                case ACCEPTED -> "overgenomen";
                case REFUSED -> "past niet meer";
            }));
        }
        rows.sort(java.util.Comparator.comparing((ItemRow row) -> starts.get(row.key())).thenComparing(ItemRow::person));
        items = rows;
        chosen = new ArrayList<>();
        unmet = proposal.unmet();
        // The report's lines read "<block>: <rule> — <why>"; grouped per block, in the order of the blocks' start.
        Map<String, java.time.Instant> blockStarts = new HashMap<>();
        blocks.values().forEach(block -> blockStarts.put(REPORT_DAY.format(block.startsAt().atZone(zone)) + "-"
                + RosterView.HOUR.format(block.endsAt().atZone(zone)), block.startsAt()));
        Map<String, List<String>> grouped = new java.util.LinkedHashMap<>();
        for (String line : unmet) {
            int cut = line.indexOf(": ");
            String block = cut < 0 ? "" : line.substring(0, cut);
            grouped.computeIfAbsent(block, key -> new ArrayList<>()).add(cut < 0 ? line : line.substring(cut + 2));
        }
        unmetBlocks = grouped.entrySet().stream().map(entry -> new UnmetBlock(entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparing(group -> blockStarts.getOrDefault(group.block(),
                        java.time.Instant.MAX))).toList();
        summary = summary(blocks.size(), unmetBlocks);
        score = proposal.score();
        solveMillis = proposal.solveMillis();
        period = proposal.from() + " tot en met " + proposal.to();
        from = proposal.from().toString();
    }

    /** The proposal in words: how many blocks are covered, how many short, how many without a doctor or nurse. */
    static String summary(int blocks, List<UnmetBlock> unmet) {
        long shortBlocks = unmet.stream().filter(group -> group.rules().stream()
                .anyMatch(rule -> rule.contains("te weinig"))).count();
        long noMedical = unmet.stream().filter(group -> group.rules().stream()
                .anyMatch(rule -> rule.startsWith("geen arts of verpleegkundige"))).count();
        if (unmet.isEmpty()) {
            return blocks == 1 ? "Het blok is bezet, met een arts of verpleegkundige."
                    : "Alle " + blocks + " blokken zijn bezet, elk met een arts of verpleegkundige.";
        }
        return (blocks - shortBlocks) + " van de " + blocks + " blokken zijn bezet; " + count(shortBlocks)
                + " met te weinig operatoren, " + count(noMedical) + " zonder arts of verpleegkundige.";
    }

    private static String count(long blocks) {
        return blocks == 1 ? "1 blok" : blocks + " blokken";
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

    public List<UnmetBlock> getUnmetBlocks() {
        return unmetBlocks;
    }

    public String getSummary() {
        return summary;
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
