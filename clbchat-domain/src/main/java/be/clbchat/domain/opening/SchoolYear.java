package be.clbchat.domain.opening;

import java.time.LocalDate;

/** A Flemish school year: 1 September of {@code startYear} up to and including 31 August of the next year. */
public record SchoolYear(int startYear) {

    public SchoolYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("Not a school year: " + startYear);
        }
    }

    public static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    /** As people write it: "2026-2027". */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    public static SchoolYear parse(String label) {
        String[] years = label.split("-");
        if (years.length != 2) {
            throw new IllegalArgumentException("A school year is written as 2026-2027: " + label);
        }
        int start = Integer.parseInt(years[0].strip());
        if (Integer.parseInt(years[1].strip()) != start + 1) {
            throw new IllegalArgumentException("A school year spans two consecutive years: " + label);
        }
        return new SchoolYear(start);
    }
}
