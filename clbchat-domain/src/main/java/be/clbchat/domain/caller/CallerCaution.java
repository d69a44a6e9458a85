package be.clbchat.domain.caller;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator who takes a chat is told when its pseudonym was marked as a probable fake call before: how many
 * accepted marks are active, the coordinators' notes (newest first) and until when. The visitor never sees it.
 */
public record CallerCaution(int times, List<String> notes, Instant until) {

    /** At most this many notes are shown: the newest. */
    public static final int NOTES_SHOWN = 3;

    public CallerCaution {
        notes = List.copyOf(notes);
        Objects.requireNonNull(until, "until");
    }

    /** The caution from a pseudonym's marks, or none when none of them is active at {@code now}. */
    public static Optional<CallerCaution> of(List<FakeCallMark> marks, Instant now) {
        List<FakeCallMark> active = marks.stream().filter(mark -> mark.activeAt(now))
                .sorted(Comparator.comparing((FakeCallMark mark) -> mark.reviewedAt().orElseThrow()).reversed())
                .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallerCaution(active.size(), active.stream().map(FakeCallMark::reviewNote)
                .filter(note -> !note.isEmpty()).limit(NOTES_SHOWN).toList(),
                active.stream().map(FakeCallMark::expiresAt).max(Comparator.naturalOrder()).orElseThrow()));
    }
}
