package be.clbchat.domain.chat;

/** How a chat ended; {@link #SUDDENLY_ABORTED} is the statistic "sessie plots afgebroken". */
public enum EndReason {
    /** The visitor ended the conversation. */
    ENDED_BY_VISITOR,
    /** The operator ended the conversation. */
    ENDED_BY_OPERATOR,
    /** The visitor left the queue before an operator took the chat. */
    LEFT_QUEUE,
    /** The visitor's connection was gone longer than the grace period during the conversation. */
    SUDDENLY_ABORTED,
    /** The visitor's connection was gone longer than the grace period while waiting. */
    ABANDONED_IN_QUEUE,
    /** The visitor pressed "Snel weg" during the conversation: someone may be looking (while waiting: LEFT_QUEUE). */
    QUICK_EXIT
}
