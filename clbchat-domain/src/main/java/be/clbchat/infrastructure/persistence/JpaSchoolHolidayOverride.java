package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.opening.SchoolHoliday;
import be.clbchat.domain.opening.SchoolHolidayPeriod;
import be.clbchat.domain.opening.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A holiday period of a school year as a coordinator set it, replacing the computed one. */
@Entity
@Table(name = "school_holiday_override")
@NamedQuery(name = JpaSchoolHolidayOverride.ALL, query = "SELECT o FROM JpaSchoolHolidayOverride o")
public class JpaSchoolHolidayOverride {

    static final String ALL = "JpaSchoolHolidayOverride.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "holiday", nullable = false, length = 20)
    private SchoolHoliday holiday;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    protected JpaSchoolHolidayOverride() {
        // for JPA
    }

    JpaSchoolHolidayOverride(SchoolYear year, SchoolHolidayPeriod period) {
        this.schoolYear = year.startYear();
        this.holiday = period.holiday();
        this.firstDay = period.firstDay();
        this.lastDay = period.lastDay();
    }

    SchoolYear schoolYear() {
        return new SchoolYear(schoolYear);
    }

    SchoolHolidayPeriod toPeriod() {
        return new SchoolHolidayPeriod(holiday, firstDay, lastDay);
    }
}
