package be.clbchat.admin.schedule;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.clb.ClbNetwork;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.operator.OperatorProfile;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Every operator login with its profile, and the shifts of a month against the wish; edit a profile in a dialog. */
@Named
@ViewScoped
public class OperatorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One operator as a table row. */
    public record Row(String username, String alias, String realName, String discipline, String clb, boolean active,
                      int wish, int shifts) implements Serializable {

        public boolean overWish() {
            return shifts > wish;
        }
    }

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private OpeningHoursService openingHours;

    private YearMonth month;
    private List<Row> rows;
    private String editing;
    private String realName;
    private Discipline discipline;
    private String homeClb;
    private ClbNetwork network;
    private boolean active = true;
    private Integer wish;
    private LocalDate trainedSince;
    private boolean supporter;

    @PostConstruct
    void init() {
        month = YearMonth.now(openingHours.zone(Line.MAIN));
        load();
    }

    private void load() {
        rows = planning.loads(Line.MAIN, month).stream().map(load -> {
            OperatorProfile p = load.operator().profile();
            return new Row(load.username(), load.operator().alias().orElse("—") + (load.operator().supporter()
                    ? " (ondersteuner)" : ""),
                    p.realName() == null ? "(nog niet ingevuld)" : p.realName(),
                    p.discipline() == null ? "—" : p.discipline().label(),
                    p.homeClb() == null ? "—" : p.homeClb() + (p.network() == null ? "" : " (" + p.network().label() + ")"),
                    p.active(), p.wishedShiftsPerMonth(), load.shifts());
        }).toList();
    }

    public void previousMonth() {
        month = month.minusMonths(1);
        load();
    }

    public void nextMonth() {
        month = month.plusMonths(1);
        load();
    }

    public void edit(String username) {
        OperatorProfile p = planning.profile(username);
        editing = username;
        realName = p.realName();
        discipline = p.discipline();
        homeClb = p.homeClb();
        network = p.network();
        active = p.active();
        wish = p.wishedShiftsPerMonth();
        trainedSince = p.trainedSince();
        supporter = planning.supporter(username);
    }

    public void save() {
        try {
            planning.describe(editing, new OperatorProfile(realName, discipline, homeClb, network, active,
                    wish == null ? -1 : wish, trainedSince));
            planning.markSupporter(editing, supporter);
        } catch (Refusal refusal) {
            Messages.refused(refusal, "profile-form", null);
            PrimeFaces.current().ajax().addCallbackParam("saved", false);
            return;
        }
        Messages.info("Profiel van " + editing + " bewaard.");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        load();
    }

    public boolean isSupporter() {
        return supporter;
    }

    public void setSupporter(boolean supporter) {
        this.supporter = supporter;
    }

    public String getMonthLabel() {
        return month.getMonth().getDisplayName(TextStyle.FULL, RosterView.DUTCH) + " " + month.getYear();
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }

    public ClbNetwork[] getNetworks() {
        return ClbNetwork.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getEditing() {
        return editing;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public String getHomeClb() {
        return homeClb;
    }

    public void setHomeClb(String homeClb) {
        this.homeClb = homeClb;
    }

    public ClbNetwork getNetwork() {
        return network;
    }

    public void setNetwork(ClbNetwork network) {
        this.network = network;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getWish() {
        return wish;
    }

    public void setWish(Integer wish) {
        this.wish = wish;
    }

    public LocalDate getTrainedSince() {
        return trainedSince;
    }

    public void setTrainedSince(LocalDate trainedSince) {
        this.trainedSince = trainedSince;
    }
}
