package be.clbchat.domain.handover;

/** Where a hand-over stands. The first two are open; the others are its end. */
public enum HandoverState {
    /** Waiting for the visitor's answer (a hand-over to another line only). */
    ASKING,
    /** Offered to the receivers; a warm one with the first operator still in the chat, a cold one in the queue. */
    WAITING,
    /** A receiver joined: the chat is theirs. */
    TAKEN,
    /** The visitor said no: the chat stays where it was. */
    REFUSED,
    /** The first operator took it back before anyone joined. */
    WITHDRAWN,
    /** It could not happen any more: the chat ended, or its operator dropped and it went back to the queue. */
    LAPSED;

    public boolean open() {
        return this == ASKING || this == WAITING;
    }
}
