package be.clbchat.domain.schedule;

/** Where a block came from: a shift template, the default split of an opening without one, or a coordinator. */
public enum BlockOrigin {
    TEMPLATE, OPENING, MANUAL
}
