package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.opening.AnnualClosure;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.MonthDay;

/** One row of opening_annual_closure. */
@Embeddable
public class JpaAnnualClosure {

    @Column(name = "first_month", nullable = false)
    private int firstMonth;

    @Column(name = "first_day", nullable = false)
    private int firstDay;

    @Column(name = "last_month", nullable = false)
    private int lastMonth;

    @Column(name = "last_day", nullable = false)
    private int lastDay;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    protected JpaAnnualClosure() {
        // for JPA
    }

    JpaAnnualClosure(AnnualClosure closure) {
        this.firstMonth = closure.firstDay().getMonthValue();
        this.firstDay = closure.firstDay().getDayOfMonth();
        this.lastMonth = closure.lastDay().getMonthValue();
        this.lastDay = closure.lastDay().getDayOfMonth();
        this.name = closure.name();
    }

    AnnualClosure toClosure() {
        return new AnnualClosure(MonthDay.of(firstMonth, firstDay), MonthDay.of(lastMonth, lastDay), name);
    }
}
