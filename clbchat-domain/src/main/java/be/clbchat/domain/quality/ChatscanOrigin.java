package be.clbchat.domain.quality;

/** How a chat came into the chatscan. */
public enum ChatscanOrigin {
    /** Drawn at random for its operator's period. */
    DRAWN("getrokken"),
    /** Its operator asked for feedback on it. */
    REQUESTED("gevraagd");

    private final String label;

    ChatscanOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
