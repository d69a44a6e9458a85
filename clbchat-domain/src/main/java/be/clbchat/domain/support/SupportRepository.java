package be.clbchat.domain.support;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Requests for support and their whispers. */
public interface SupportRepository {

    void add(SupportRequest request);

    void add(Whisper whisper);

    Optional<SupportRequest> find(long id);

    /** The request, its row locked until the transaction ends: one supporter takes it, the others are told. */
    Optional<SupportRequest> lock(long id);

    /** The chat's request that is not closed, if any. */
    Optional<SupportRequest> openOfChat(String chatId);

    /** Every request not closed, oldest first. */
    List<SupportRequest> notClosed();

    /** The requests of these chats that are not closed. */
    List<SupportRequest> notClosedOfChats(Collection<String> chatIds);

    /** The requests {@code username} asked or took, not closed or closed since {@code since}, newest first. */
    List<SupportRequest> of(String username, Instant since, int max);

    /** The whispers of a request, oldest first. */
    List<Whisper> whispers(long requestId);
}
