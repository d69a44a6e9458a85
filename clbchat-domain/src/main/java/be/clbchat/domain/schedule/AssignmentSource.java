package be.clbchat.domain.schedule;

/** How an operator came to be on a block. */
public enum AssignmentSource {
    SIGN_UP, COORDINATOR, SUGGESTION
}
