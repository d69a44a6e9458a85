package be.clbchat.admin.caller;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.caller.CallerService;
import be.clbchat.application.line.LineService;
import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.caller.CallerBlock;
import be.clbchat.domain.caller.FakeCallMark;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.registration.Theme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinators' review of "vermoedelijke nepoproep" marks: accept (the pseudonym is marked for a period; the next
 * operator is told) or reject, each with a note; block a pseudonym for a period; lift a block. What is active shows
 * until when. No transcript and no pseudonym is shown here.
 */
@Named
@ViewScoped
public class FakeCallsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
            Locale.forLanguageTag("nl-BE"));

    /** One mark in a table. */
    public record MarkRow(String chatId, String line, String operator, String markedAt, String state,
                          String stateLabel, String reviewedBy, String reviewNote, String expiresAt, boolean expired,
                          boolean hasPseudonym, int earlierMarks, boolean blocked, String themes,
                          String registrationNote) implements Serializable {
    }

    /** One block in the table. */
    public record BlockRow(long id, String since, String until, String by, String note) implements Serializable {
    }

    @Inject
    private CallerService callers;

    @Inject
    private RegistrationService registrations;

    @Inject
    private LineService lines;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    private List<MarkRow> pending;
    private List<MarkRow> active;
    private List<MarkRow> decided;
    private List<BlockRow> blocks;
    private final Map<String, String> notes = new HashMap<>();
    // Objects: a value expression into a map has no type, so the number input may put a BigDecimal or a String here.
    private final Map<String, Object> days = new HashMap<>();
    private final Map<String, String> blockNotes = new HashMap<>();
    private final Map<String, Object> blockDays = new HashMap<>();

    @PostConstruct
    void load() {
        CallerService.Review review = callers.review(caller());
        Map<String, String> themeNames = registrations.themes(true).stream()
                .collect(Collectors.toMap(Theme::code, Theme::name));
        Map<String, String> lineNames = lines.allLines().stream()
                .collect(Collectors.toMap(Line::code, Line::name, (a, b) -> a));
        Instant now = clock.instant();
        Function<CallerService.MarkView, MarkRow> row = view -> row(view, themeNames, lineNames, now);
        pending = review.pending().stream().map(row).toList();
        active = review.active().stream().map(row).toList();
        decided = review.decided().stream().map(row).toList();
        blocks = review.blocks().stream().map(block -> new BlockRow(block.id(), shown(block.blockedAt()),
                shown(block.until()), block.blockedBy(), block.note())).toList();
        pending.forEach(mark -> days.putIfAbsent(mark.chatId(), FakeCallMark.DEFAULT_DAYS));
        active.forEach(mark -> blockDays.putIfAbsent(mark.chatId(), CallerBlock.DEFAULT_DAYS));
    }

    private static MarkRow row(CallerService.MarkView view, Map<String, String> themeNames,
                               Map<String, String> lineNames, Instant now) {
        FakeCallMark mark = view.mark();
        return new MarkRow(mark.chatId(), lineNames.getOrDefault(mark.lineCode(), mark.lineCode()),
                view.operatorAlias(), shown(mark.markedAt()), mark.state().name().toLowerCase(Locale.ROOT),
                mark.state().label(), mark.reviewedBy().orElse(""), mark.reviewNote(), shown(mark.expiresAt()),
                mark.expiredAt(now), mark.pseudonymHash().isPresent(), view.earlierMarks(), view.blocked(),
                view.themes().stream().map(code -> themeNames.getOrDefault(code, code)).sorted()
                        .collect(Collectors.joining(", ")), view.registrationNote());
    }

    private static String shown(Instant at) {
        return SHOWN.format(at.atZone(BRUSSELS));
    }

    public void accept(String chatId) {
        try {
            callers.accept(caller(), UUID.fromString(chatId), notes.get(chatId),
                    days(days.get(chatId), FakeCallMark.DEFAULT_DAYS));
            Messages.info("Melding aanvaard. De operator die deze bezoeker opnieuw krijgt, ziet je notitie.");
            notes.remove(chatId);
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "pending-form", null);
        }
    }

    public void reject(String chatId) {
        try {
            callers.reject(caller(), UUID.fromString(chatId), notes.get(chatId));
            Messages.info("Melding afgewezen.");
            notes.remove(chatId);
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "pending-form", null);
        }
    }

    public void block(String chatId) {
        try {
            CallerBlock block = callers.block(caller(), UUID.fromString(chatId),
                    days(blockDays.get(chatId), CallerBlock.DEFAULT_DAYS), blockNotes.get(chatId));
            Messages.info("Geblokkeerd tot " + shown(block.until()) + ".");
            blockNotes.remove(chatId);
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "active-form", null);
        }
    }

    public void lift(long id) {
        try {
            callers.lift(caller(), id);
            Messages.info("Blokkade opgeheven.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "blocks-form", null);
        }
    }

    /** A number of days as the input gave it; empty is the default, anything else the domain judges (0 is refused). */
    private static int days(Object value, int otherwise) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            return new java.math.BigDecimal(text).intValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public List<MarkRow> getPending() {
        return pending;
    }

    public List<MarkRow> getActive() {
        return active;
    }

    public List<MarkRow> getDecided() {
        return decided;
    }

    public List<BlockRow> getBlocks() {
        return blocks;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, Object> getDays() {
        return days;
    }

    public Map<String, String> getBlockNotes() {
        return blockNotes;
    }

    public Map<String, Object> getBlockDays() {
        return blockDays;
    }

    public int getMaxMarkDays() {
        return FakeCallMark.MAX_DAYS;
    }

    public int getMaxBlockDays() {
        return CallerBlock.MAX_DAYS;
    }
}
