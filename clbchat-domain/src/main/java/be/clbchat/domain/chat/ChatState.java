package be.clbchat.domain.chat;

/** Waiting in the queue, talking with an operator, or over. */
public enum ChatState {
    QUEUED, ACTIVE, ENDED
}
