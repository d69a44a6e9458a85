package be.clbchat.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** One row of opening_weekly_hours: a day of the week with its hours, on school days or holiday days. */
@Embeddable
public class JpaWeeklySlot {

    static final String SCHOOL = "school";
    static final String HOLIDAY = "holiday";

    @Column(name = "day_kind", nullable = false, length = 10)
    private String dayKind;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected JpaWeeklySlot() {
        // for JPA
    }

    JpaWeeklySlot(String dayKind, int dayOfWeek, LocalTime start, LocalTime end) {
        this.dayKind = dayKind;
        this.dayOfWeek = dayOfWeek;
        this.start = start;
        this.end = end;
    }

    String dayKind() {
        return dayKind;
    }

    int dayOfWeek() {
        return dayOfWeek;
    }

    LocalTime start() {
        return start;
    }

    LocalTime end() {
        return end;
    }
}
