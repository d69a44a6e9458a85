package be.clbchat.domain.registration;

import java.util.List;
import java.util.Optional;

/** Registrations, their history, the themes, and the canned texts operators insert in a chat. */
public interface RegistrationRepository {

    /** The registration of the chat's last registered part (its only one, unless it was handed over). */
    Optional<Registration> find(String chatId);

    Optional<Registration> find(String chatId, int part);

    /** The registration of that part, its row locked until the transaction ends. */
    Optional<Registration> lock(String chatId, int part);

    void add(Registration registration);

    void add(RegistrationChange change);

    List<RegistrationChange> changes(String chatId, int part);

    /** Every theme, retired ones too, by domain and position. */
    List<Theme> themes();

    Optional<Theme> theme(String code);

    void add(Theme theme);

    /** Every canned text, retired ones too, in their order. */
    List<CannedText> cannedTexts();

    Optional<CannedText> cannedText(long id);

    void add(CannedText text);

    /**
     * How many parts of chats {@code operator} ended after {@code since} without registering them: chats they ended,
     * and chats they handed over (their part ended with the hand-over).
     */
    long unregisteredSince(String operator, java.time.Instant since);

    /**
     * The chats with a part of {@code operator} ({@code null}: anyone) that was not registered yet, oldest first: an
     * ended chat's last part, and each part that ended with a hand-over.
     */
    List<be.clbchat.domain.chat.Chat> unregisteredChats(String operator);
}
