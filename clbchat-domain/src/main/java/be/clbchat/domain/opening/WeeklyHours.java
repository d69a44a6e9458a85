package be.clbchat.domain.opening;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Opening hours per day of the week; a day without ranges is closed. Ranges of one day never overlap. */
public final class WeeklyHours {

    private final Map<DayOfWeek, List<TimeRange>> hours;

    private WeeklyHours(Map<DayOfWeek, List<TimeRange>> hours) {
        this.hours = hours;
    }

    public static WeeklyHours closed() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<TimeRange> on(DayOfWeek day) {
        return hours.getOrDefault(day, List.of());
    }

    public boolean isEmpty() {
        return hours.values().stream().allMatch(List::isEmpty);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyHours weekly && hours.equals(weekly.hours);
    }

    @Override
    public int hashCode() {
        return hours.hashCode();
    }

    @Override
    public String toString() {
        return hours.toString();
    }

    public static final class Builder {
        private final Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);

        public Builder open(DayOfWeek day, TimeRange range) {
            List<TimeRange> ranges = hours.computeIfAbsent(day, d -> new ArrayList<>());
            for (TimeRange existing : ranges) {
                if (existing.overlaps(range)) {
                    throw new IllegalArgumentException("Opening hours overlap on " + day + ": " + existing + " and " + range);
                }
            }
            ranges.add(range);
            ranges.sort(Comparator.comparing(TimeRange::start));
            return this;
        }

        public Builder open(TimeRange range, DayOfWeek... days) {
            for (DayOfWeek day : days) {
                open(day, range);
            }
            return this;
        }

        public WeeklyHours build() {
            Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
            hours.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
            return new WeeklyHours(Collections.unmodifiableMap(copy));
        }
    }
}
