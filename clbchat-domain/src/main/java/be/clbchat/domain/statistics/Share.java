package be.clbchat.domain.statistics;

/**
 * {@code count} of {@code of} chats. A protected share (part of a breakdown) is hidden when the whole it is taken of,
 * or its own count, is 1 to 4 ({@link Privacy}); a share of nothing is no number at all.
 */
public record Share(long count, long of, boolean isProtected) {

    public Share {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("Not a share: " + count + " of " + of);
        }
    }

    public static Share of(long count, long of) {
        return new Share(count, of, false);
    }

    public static Share protectedShare(long count, long of) {
        return new Share(count, of, true);
    }

    public boolean hidden() {
        return isProtected && (Privacy.hides(of) || Privacy.hides(count));
    }

    /** Between 0 and 1; 0 for a share of nothing. */
    public double value() {
        return of == 0 ? 0 : (double) count / of;
    }
}
