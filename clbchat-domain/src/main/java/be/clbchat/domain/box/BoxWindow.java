package be.clbchat.domain.box;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stretch of time in which a published box is open: from {@code start} (included) to {@code end} (excluded).
 * Instants, so a window across midnight or across a daylight-saving switch is simply as long as it really is.
 */
@Embeddable
public class BoxWindow {

    /** A box for an info evening is open for hours, one after an incident for days; never longer than this. */
    public static final Duration LONGEST = Duration.ofDays(31);
    public static final int MAX_WINDOWS = 50;
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    @Column(name = "start_at", nullable = false)
    private Instant start;

    @Column(name = "end_at", nullable = false)
    private Instant end;

    protected BoxWindow() {
        // for JPA
    }

    /** An unchecked window: {@link #check} tells what is wrong with it. */
    public BoxWindow(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /** A window given in local date-times of {@code zone}; a time in a spring-forward gap moves an hour later. */
    public static BoxWindow local(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new BoxWindow(start == null ? null : ZonedDateTime.of(start, zone).toInstant(),
                end == null ? null : ZonedDateTime.of(end, zone).toInstant());
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }

    public boolean overlaps(BoxWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean endedBy(Instant moment) {
        return !end.isAfter(moment);
    }

    /**
     * The windows as they will be stored, in time order; a {@link Refusal} names each window that is wrong
     * ({@code windows[i]}, counted as given): a missing time, the end not after the start, longer than
     * {@link #LONGEST}, outside 2000-2100, overlapping another, or wholly in the past — unless it was stored
     * before ({@code stored}), so a box that ran last week can still be edited.
     */
    public static List<BoxWindow> check(List<BoxWindow> windows, List<BoxWindow> stored, Instant now) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (windows.size() > MAX_WINDOWS) {
            throw Refusal.invalid("too-many-windows", Map.of("windows",
                    "Een box heeft hoogstens " + MAX_WINDOWS + " tijdvensters."));
        }
        for (int i = 0; i < windows.size(); i++) {
            BoxWindow window = windows.get(i);
            String field = "windows[" + i + "]";
            if (window == null || window.start == null || window.end == null) {
                wrong.put(field, "Geef een begin en een einde.");
            } else if (!window.end.isAfter(window.start)) {
                wrong.put(field, "Het einde ligt niet na het begin.");
            } else if (window.start.isBefore(EARLIEST) || window.end.isAfter(LATEST)) {
                wrong.put(field, "Een tijdvenster valt tussen 2000 en 2100.");
            } else if (Duration.between(window.start, window.end).compareTo(LONGEST) > 0) {
                wrong.put(field, "Een tijdvenster duurt hoogstens " + LONGEST.toDays() + " dagen.");
            } else if (window.endedBy(now) && !stored.contains(window)) {
                wrong.put(field, "Dit tijdvenster ligt helemaal in het verleden.");
            }
        }
        if (wrong.isEmpty()) {
            for (int i = 0; i < windows.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (windows.get(i).overlaps(windows.get(j))) {
                        wrong.put("windows[" + i + "]", "Dit tijdvenster overlapt met tijdvenster " + (j + 1) + ".");
                        break;
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-window", wrong);
        }
        List<BoxWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(BoxWindow::start));
        return sorted;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BoxWindow window && Objects.equals(start, window.start)
                && Objects.equals(end, window.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
