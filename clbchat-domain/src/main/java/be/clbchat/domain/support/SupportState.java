package be.clbchat.domain.support;

/** Where a request for support stands. */
public enum SupportState {
    /** Asked; the supporters online see it and one of them can take it. */
    OPEN,
    /** A supporter took it: they read along while the chat goes on and may whisper to its operator. */
    TAKEN,
    /** Done: closed after the chat by the operator or the supporter, or withdrawn, or its chat ended untaken. */
    CLOSED
}
