package be.clbchat.domain.registration;

import be.clbchat.domain.chat.Coded;

/** What a conversation led to; a chat may have several. */
public enum Outcome implements Coded {
    INFO_ADVICE("info-advice", "Info en advies"),
    SUPPORT("support", "(Emotionele) ondersteuning"),
    REFERRED_CLB("referred-clb", "Doorverwezen naar het CLB"),
    REFERRED_SCHOOL("referred-school", "Doorverwezen naar leerlingenbegeleiding of school"),
    REFERRED_NETWORK("referred-network", "Doorverwezen naar het netwerk"),
    REFERRED_ONDERWIJSKIEZER("referred-onderwijskiezer", "Doorverwezen naar Onderwijskiezer"),
    /** Also proposed by the system when the visitor vanished. */
    ABORTED("aborted", "Sessie (plots) afgebroken");

    private final String code;
    private final String label;

    Outcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
