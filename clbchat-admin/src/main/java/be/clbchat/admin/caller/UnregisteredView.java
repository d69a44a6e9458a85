package be.clbchat.admin.caller;

import be.clbchat.application.line.LineService;
import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.line.Line;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ended chats nobody registered yet, for coordinators (every line) and a CLB's admin (their boxes): the annual
 * report's themes and outcomes count only registered chats, so these are the ones to chase, per operator.
 */
@Named
@ViewScoped
public class UnregisteredView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.forLanguageTag("nl-BE"));

    public record Row(String chatId, String endedAt, String ago, String line, String operator, String alias)
            implements Serializable {
    }

    public record PerOperator(String operator, String alias, int chats) implements Serializable {
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private LineService lines;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    private List<Row> rows;
    private List<PerOperator> perOperator;

    @PostConstruct
    void load() {
        Map<String, String> lineNames = lines.allLines().stream()
                .collect(Collectors.toMap(Line::code, Line::name, (a, b) -> a));
        Instant now = clock.instant();
        List<Chat> chats = registrations.unregistered(security.getCallerPrincipal().getName());
        rows = chats.stream().map(chat -> {
            Instant ended = chat.endedAt().orElse(chat.queuedAt());
            return new Row(chat.id().toString(), SHOWN.format(ended.atZone(BRUSSELS)), ago(ended, now),
                    lineNames.getOrDefault(chat.lineCode(), chat.lineCode()), chat.operatorUsername().orElse(""),
                    chat.operatorAlias().orElse(""));
        }).toList();
        Map<String, List<Row>> byOperator = new TreeMap<>(rows.stream()
                .collect(Collectors.groupingBy(Row::operator)));
        perOperator = byOperator.entrySet().stream().map(entry -> new PerOperator(entry.getKey(),
                entry.getValue().get(0).alias(), entry.getValue().size()))
                .sorted(java.util.Comparator.comparingInt(PerOperator::chats).reversed()).toList();
    }

    static String ago(Instant then, Instant now) {
        Duration since = Duration.between(then, now);
        if (since.toHours() < 1) {
            return "net";
        }
        if (since.toDays() < 1) {
            return since.toHours() + " uur geleden";
        }
        return since.toDays() + (since.toDays() == 1 ? " dag" : " dagen") + " geleden";
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<PerOperator> getPerOperator() {
        return perOperator;
    }
}
