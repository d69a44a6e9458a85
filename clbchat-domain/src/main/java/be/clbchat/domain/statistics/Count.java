package be.clbchat.domain.statistics;

/** A number of chats in a breakdown: hidden when it is 1 to 4 ({@link Privacy}). */
public record Count(long value) {

    public boolean hidden() {
        return Privacy.hides(value);
    }
}
