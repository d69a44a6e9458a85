package be.clbchat.application.registration;

import be.clbchat.domain.registration.CannedText;
import be.clbchat.domain.registration.Registration;
import be.clbchat.domain.registration.RegistrationChange;
import be.clbchat.domain.registration.Theme;
import be.clbchat.domain.tool.ClbDomain;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The operators' registration of their chats, and the themes it uses. A chat's registration is for the operator who
 * held it and for coordinators; for anyone else the chat is "not found".
 */
public interface RegistrationService {

    /** What the form shows: the stored registration, or a proposal (client type from the visitor, "aborted" if they vanished). */
    record Form(UUID chatId, String line, String nickname, Optional<java.time.Instant> endedAt,
                Optional<Registration> stored, Registration.Draft proposal, List<RegistrationChange> history) {
        public Form {
            history = List.copyOf(history);
        }
    }

    Form form(String caller, UUID chatId);

    /** Stores the registration (a first one, or a correction: the operator's own within 7 days, a coordinator's always). */
    Registration register(String caller, UUID chatId, Registration.Draft draft);

    /**
     * The ended chats without a registration, oldest first: a coordinator's everyone's, a CLB admin's their own and
     * their CLB's boxes', anyone else's their own.
     */
    List<be.clbchat.domain.chat.Chat> unregistered(String caller);

    /** The themes; retired ones only when asked. */
    List<Theme> themes(boolean withRetired);

    /** Coordinators: a new theme at the end of its domain. */
    Theme addTheme(String caller, ClbDomain domain, String name);

    Theme renameTheme(String caller, String code, String name);

    /** Moves a theme one place up ({@code -1}) or down ({@code +1}) within its domain. */
    void moveTheme(String caller, String code, int step);

    /** Retires a theme (no longer offered; kept in registrations) or offers it again. */
    Theme setThemeActive(String caller, String code, boolean active);

    /** The canned texts matching every word of {@code query} (all when empty); retired ones only when asked. */
    List<CannedText> cannedTexts(String query, boolean withRetired);

    /** Coordinators: a new canned text ({@code id} null) or a change of one. */
    CannedText saveCannedText(String caller, Long id, CannedText.Draft draft);

    CannedText setCannedTextActive(String caller, long id, boolean active);
}
