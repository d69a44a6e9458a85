package be.clbchat.domain.handover;

/** To whom a chat is handed over. */
public enum HandoverKind {
    /** A colleague on the same line (a named one, or whoever of its team takes it first). */
    COLLEAGUE,
    /** Another line: CLBch@t and a CLB's box, or a partner helpline. The visitor is asked first. */
    LINE
}
