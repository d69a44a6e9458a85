package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.opening.RuleSet;
import be.clbchat.domain.opening.WeeklyHours;
import be.clbchat.domain.opening.TimeRange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a {@link RuleSet}. */
@Entity
@Table(name = "opening_rule_set")
@NamedQuery(name = JpaRuleSet.FOR_LINE,
        query = "SELECT r FROM JpaRuleSet r WHERE r.lineCode = :line ORDER BY r.validFrom")
public class JpaRuleSet {

    static final String FOR_LINE = "JpaRuleSet.forLine";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_code", nullable = false, length = 40)
    private String lineCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "closed_on_public_holidays", nullable = false)
    private boolean closedOnPublicHolidays;

    @Column(name = "note", length = 500)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opening_weekly_hours", joinColumns = @JoinColumn(name = "rule_set_id"))
    private List<JpaWeeklySlot> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opening_annual_closure", joinColumns = @JoinColumn(name = "rule_set_id"))
    private List<JpaAnnualClosure> closures = new ArrayList<>();

    protected JpaRuleSet() {
        // for JPA
    }

    JpaRuleSet(String lineCode, RuleSet rules, String note) {
        this.lineCode = lineCode;
        replaceWith(rules, note);
    }

    Long id() {
        return id;
    }

    String lineCode() {
        return lineCode;
    }

    String note() {
        return note;
    }

    final void replaceWith(RuleSet rules, String newNote) {
        validFrom = rules.validFrom();
        validUntil = rules.validUntil();
        closedOnPublicHolidays = rules.closedOnPublicHolidays();
        note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        hours.clear();
        addSlots(JpaWeeklySlot.SCHOOL, rules.schoolDays());
        addSlots(JpaWeeklySlot.HOLIDAY, rules.holidayDays());
        closures.clear();
        rules.closures().forEach(closure -> closures.add(new JpaAnnualClosure(closure)));
    }

    private void addSlots(String kind, WeeklyHours weekly) {
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeRange range : weekly.on(day)) {
                hours.add(new JpaWeeklySlot(kind, day.getValue(), range.start(), range.end()));
            }
        }
    }

    RuleSet toRules() {
        WeeklyHours.Builder school = WeeklyHours.builder();
        WeeklyHours.Builder holiday = WeeklyHours.builder();
        for (JpaWeeklySlot slot : hours) {
            WeeklyHours.Builder target = JpaWeeklySlot.HOLIDAY.equals(slot.dayKind()) ? holiday : school;
            target.open(DayOfWeek.of(slot.dayOfWeek()), new TimeRange(slot.start(), slot.end()));
        }
        return new RuleSet(validFrom, validUntil, school.build(), holiday.build(), closedOnPublicHolidays,
                closures.stream().map(JpaAnnualClosure::toClosure).toList());
    }
}
