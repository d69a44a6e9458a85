package be.clbchat.domain.registration;

import java.util.List;
import java.util.Optional;

/** Registrations, their history, the themes, and the canned texts operators insert in a chat. */
public interface RegistrationRepository {

    Optional<Registration> find(String chatId);

    /** The registration, its row locked until the transaction ends. */
    Optional<Registration> lock(String chatId);

    void add(Registration registration);

    void add(RegistrationChange change);

    List<RegistrationChange> changes(String chatId);

    /** Every theme, retired ones too, by domain and position. */
    List<Theme> themes();

    Optional<Theme> theme(String code);

    void add(Theme theme);

    /** Every canned text, retired ones too, in their order. */
    List<CannedText> cannedTexts();

    Optional<CannedText> cannedText(long id);

    void add(CannedText text);

    /** How many chats {@code operator} ended after {@code since} without registering them. */
    long unregisteredSince(String operator, java.time.Instant since);

    /** The ended chats that were taken by an operator ({@code null}: any) and have no registration yet, oldest first. */
    List<be.clbchat.domain.chat.Chat> unregisteredChats(String operator);
}
