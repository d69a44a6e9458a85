package be.clbchat.admin.quality;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.quality.ChatscanService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.quality.Chatscan;
import be.clbchat.domain.quality.ChatscanItem;
import be.clbchat.domain.quality.ChatscanPeriod;
import be.clbchat.domain.quality.ChatscanSetting;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The chatscan for coordinators: a period at a glance (planned, done, open, per operator), its chatscans to review,
 * the draw of a period that is over, how the draw works (period and chats per operator) and the feedback form's items.
 */
@Named
@ViewScoped
public class ChatscanView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PERIODS_SHOWN = 12;

    /** One chatscan in the period's list. */
    public record ScanRow(long id, String operator, String origin, String state, String stateSeverity,
                          String requestNote) implements Serializable {
    }

    /** One operator in the period. */
    public record OperatorRow(String operator, long chats, long planned, long done, long open)
            implements Serializable {
    }

    /** One item of the form, as edited on the page. */
    public static final class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private String text;
        private boolean scored;

        ItemRow(ChatscanItem item) {
            this.id = item.id();
            this.text = item.text();
            this.scored = item.scored();
        }

        public long getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isScored() {
            return scored;
        }

        public void setScored(boolean scored) {
            this.scored = scored;
        }
    }

    @Inject
    private ChatscanService chatscans;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    private String period;
    private String label;
    private boolean over;
    private long planned;
    private long done;
    private long open;
    private long operatorsDone;
    private List<OperatorRow> operators = List.of();
    private List<ScanRow> scans = List.of();
    private List<SelectItem> periods = List.of();
    private int periodMonths;
    private int perOperator;
    private List<ItemRow> items = new ArrayList<>();
    private String newItemText;
    private boolean newItemScored = true;

    @PostConstruct
    void init() {
        ChatscanSetting setting = chatscans.setting();
        periodMonths = setting.periodMonths();
        perOperator = setting.perOperator();
        period = chatscans.period(null).key();
        load();
        loadItems();
    }

    /** The period chosen (or after a change of the setting): its figures and chatscans. */
    public void load() {
        ChatscanPeriod chosen = chatscans.period(period);
        period = chosen.key();
        ChatscanService.Overview overview = chatscans.overview(caller(), chosen);
        label = chosen.label();
        over = !chosen.end().isAfter(today());
        planned = overview.planned();
        done = overview.done();
        open = overview.open();
        operatorsDone = overview.operatorsDone();
        operators = overview.operators().stream().map(row -> new OperatorRow(row.operator(), row.chats(),
                row.planned(), row.done(), row.open())).toList();
        scans = overview.chatscans().stream().map(ChatscanView::row).toList();
        List<SelectItem> choices = new ArrayList<>();
        ChatscanPeriod shown = ChatscanPeriod.containing(today(), chosen.months());
        for (int i = 0; i < PERIODS_SHOWN; i++, shown = shown.previous()) {
            choices.add(new SelectItem(shown.key(), shown.label() + (i == 0 ? " (loopt nog)" : "")));
        }
        if (choices.stream().noneMatch(choice -> choice.getValue().equals(period))) {
            choices.add(new SelectItem(period, label));
        }
        periods = choices;
    }

    private static ScanRow row(Chatscan scan) {
        String severity = switch (scan.state()) {
            case OPEN -> "warning";
            case SENT -> "info";
            case ANSWERED -> "success";
        };
        return new ScanRow(scan.id(), scan.operator(), scan.origin().label(), scan.state().label(), severity,
                scan.requestNote());
    }

    private void loadItems() {
        items = new ArrayList<>(chatscans.items(false).stream().map(ItemRow::new).toList());
    }

    public void draw() {
        try {
            int drawn = chatscans.draw(caller(), chatscans.period(period));
            Messages.info(drawn == 0 ? "Er viel niets meer te trekken: elke operator met geregistreerde gesprekken"
                    + " heeft zijn chatscan van deze periode." : drawn + (drawn == 1 ? " gesprek" : " gesprekken")
                    + " getrokken.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    public void saveSetting() {
        try {
            chatscans.changeSetting(caller(), periodMonths, perOperator);
            Messages.info("Bewaard: elke " + (periodMonths == 1 ? "maand" : periodMonths + " maanden") + ", "
                    + perOperator + (perOperator == 1 ? " gesprek" : " gesprekken") + " per operator.");
            period = null;
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "setting-form", null);
        }
    }

    public void saveItem(ItemRow row) {
        try {
            chatscans.changeItem(caller(), row.getId(), row.getText(), row.isScored());
            Messages.info("Onderdeel bewaard.");
            loadItems();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    public void retireItem(ItemRow row) {
        try {
            chatscans.retireItem(caller(), row.getId());
            Messages.info("Onderdeel \"" + row.getText() + "\" uit het formulier gehaald; verstuurde feedback"
                    + " houdt het.");
            loadItems();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    public void addItem() {
        try {
            chatscans.addItem(caller(), newItemText, newItemScored);
            Messages.info("Onderdeel toegevoegd.");
            newItemText = null;
            newItemScored = true;
            loadItems();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "items-form", null);
        }
    }

    /** The period lengths one can choose. */
    public Map<String, Integer> getPeriodLengths() {
        Map<String, Integer> lengths = new java.util.LinkedHashMap<>();
        lengths.put("Elke maand", 1);
        lengths.put("Elke 2 maanden", 2);
        lengths.put("Elk trimester (3 maanden)", 3);
        lengths.put("Elke 4 maanden", 4);
        lengths.put("Elk half jaar", 6);
        lengths.put("Elk schooljaar", 12);
        return lengths;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ChatscanPeriod.ZONE);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getLabel() {
        return label;
    }

    public boolean isOver() {
        return over;
    }

    public long getPlanned() {
        return planned;
    }

    public long getDone() {
        return done;
    }

    public long getOpen() {
        return open;
    }

    public long getOperatorsDone() {
        return operatorsDone;
    }

    public List<OperatorRow> getOperators() {
        return operators;
    }

    public List<ScanRow> getScans() {
        return scans;
    }

    public List<SelectItem> getPeriods() {
        return periods;
    }

    public int getPeriodMonths() {
        return periodMonths;
    }

    public void setPeriodMonths(int periodMonths) {
        this.periodMonths = periodMonths;
    }

    public int getPerOperator() {
        return perOperator;
    }

    public void setPerOperator(int perOperator) {
        this.perOperator = perOperator;
    }

    public int getMaxPerOperator() {
        return ChatscanSetting.MAX_PER_OPERATOR;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public String getNewItemText() {
        return newItemText;
    }

    public void setNewItemText(String newItemText) {
        this.newItemText = newItemText;
    }

    public boolean isNewItemScored() {
        return newItemScored;
    }

    public void setNewItemScored(boolean newItemScored) {
        this.newItemScored = newItemScored;
    }
}
