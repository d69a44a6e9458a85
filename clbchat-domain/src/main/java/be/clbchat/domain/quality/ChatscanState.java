package be.clbchat.domain.quality;

/** Where a chatscan is. */
public enum ChatscanState {
    /** Waiting for a reviewer. */
    OPEN("te doen"),
    /** The feedback went to the operator. */
    SENT("verstuurd"),
    /** The operator answered it (once). */
    ANSWERED("beantwoord");

    private final String label;

    ChatscanState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the review is done: the transcript need not be kept for it any more. */
    public boolean done() {
        return this != OPEN;
    }
}
