package be.clbchat.domain.tool;

import java.util.Optional;

/** The verdict on one criterion (none yet: not judged) with a note. */
public record Assessment(Verdict verdict, String note) {

    public static final int MAX_NOTE = 500;
    public static final Assessment NONE = new Assessment(null, null);

    public Assessment {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public Optional<Verdict> verdictIfAny() {
        return Optional.ofNullable(verdict);
    }
}
