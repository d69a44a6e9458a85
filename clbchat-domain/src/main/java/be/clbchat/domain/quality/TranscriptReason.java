package be.clbchat.domain.quality;

import be.clbchat.domain.chat.Coded;

/** Why someone other than the chat's operator during the chat reads its transcript: what the audit log says. */
public enum TranscriptReason implements Coded {
    /** The chat's own operator, after the chat and within the retention period. */
    OWN_CHAT("own-chat", "eigen gesprek achteraf"),
    /** A coordinator reviewing a chat drawn for (or asked for) a chatscan. */
    CHATSCAN("chatscan", "chatscan"),
    /** A coordinator reviewing a chat its operator marked as a suspected fake call. */
    FAKE_CALL_REVIEW("fake-call-review", "beoordeling nepoproep"),
    /** A CLB's admin reading a chat of one of that CLB's own boxes. */
    CLB_BOX("clb-box", "box van het eigen CLB"),
    /** A supporter who took the operator's request for support, reading the chat live. */
    READ_ALONG("read-along", "meelezen als ondersteuner");

    private final String code;
    private final String label;

    TranscriptReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** As the audit log shows it. */
    public String label() {
        return label;
    }
}
