package be.clbchat.application.statistics;

import be.clbchat.application.clb.ClbScope;
import be.clbchat.application.clb.ClbScopes;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.LineRepository;
import be.clbchat.domain.opening.OpeningInterval;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.registration.RegistrationRepository;
import be.clbchat.domain.registration.Theme;
import be.clbchat.domain.statistics.Figures;
import be.clbchat.domain.statistics.PastYear;
import be.clbchat.domain.statistics.StatisticsPeriod;
import be.clbchat.domain.statistics.StatisticsRepository;
import be.clbchat.domain.statistics.YearTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultStatisticsService implements StatisticsService {

    /** How many earlier same weekdays "today" is compared with. */
    static final int WEEKS_COMPARED = 8;

    @Inject
    private ClbScopes scopes;

    @Inject
    private StatisticsRepository statistics;

    @Inject
    private LineRepository lines;

    @Inject
    private be.clbchat.domain.handover.HandoverRepository handovers;

    @Inject
    private BoxRepository boxes;

    @Inject
    private ChatRepository chats;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private Clock clock;

    /** The lines a question is about: empty is every line of the platform. */
    private record Lines(Optional<Collection<String>> codes, String name) {
    }

    @Override
    public Report report(String caller, Question question) {
        ClbScope scope = scope(caller);
        Lines chosen = lines(scope, question.line());
        StatisticsPeriod period = question.period();
        Map<String, String> themeNames = registrations.themes().stream()
                .collect(Collectors.toMap(Theme::code, Theme::name, (a, b) -> a, LinkedHashMap::new));
        Optional<String> theme = question.theme().filter(code -> !code.isBlank());
        if (theme.isPresent() && !themeNames.containsKey(theme.get())) {
            throw Refusal.invalid("unknown-theme", Map.of("theme", "Dat thema bestaat niet."));
        }
        Figures figures = Figures.of(statistics.facts(period.start(), period.end(), chosen.codes()),
                openingDays(chosen.codes(), period), themeNames, statistics.disciplines(),
                statistics.centresWithABoxOpen(period.start(), period.end(), chosen.codes()))
                .withChatscans(statistics.chatscans(period.start(), period.end(), chosen.codes()));
        SchoolYear upTo = period.schoolYear().orElse(SchoolYear.containing(period.to()));
        // Years entered by hand are the whole platform's: they belong only in the trend of every line together.
        List<PastYear> entered = scope.everyClb() && question.line().equals(ALL_LINES) && theme.isEmpty()
                ? statistics.pastYears() : List.of();
        List<YearTotal> trend = YearTotal.trend(statistics.yearTotals(upTo.lastDay().plusDays(1)
                .atStartOfDay(StatisticsPeriod.ZONE).toInstant(), chosen.codes(), theme), entered, upTo);
        return new Report(question, chosen.name(), figures, trend, theme.map(themeNames::get),
                handovers(period, chosen.codes()));
    }

    @Override
    public List<LineChoice> lineChoices(String caller) {
        ClbScope scope = scope(caller);
        List<LineChoice> choices = new ArrayList<>();
        choices.add(new LineChoice(ALL_LINES, scope.everyClb() ? "Alle lijnen samen" : "Al onze boxen"));
        if (scope.everyClb()) {
            choices.add(new LineChoice(ALL_BOXES, "Alle boxen samen (chat met je CLB)"));
            lines.all().stream().filter(line -> boxes.find(line.code()).isEmpty())
                    .forEach(line -> choices.add(new LineChoice(line.code(), line.name())));
        }
        visibleBoxes(scope).forEach(box -> choices.add(new LineChoice(box.lineCode(),
                "Box: " + box.title() + (scope.everyClb() ? " (" + box.clbCode() + ")" : ""))));
        return choices;
    }

    @Override
    public List<LineChoice> themeChoices(String caller) {
        scope(caller);
        return registrations.themes().stream()
                .map(theme -> new LineChoice(theme.code(), theme.name() + (theme.active() ? "" : " (niet meer in gebruik)")))
                .toList();
    }

    @Override
    public Today today(String caller) {
        ClbScope scope = scope(caller);
        Lines chosen = lines(scope, ALL_LINES);
        ZonedDateTime now = clock.instant().atZone(StatisticsPeriod.ZONE);
        Instant midnight = now.toLocalDate().atStartOfDay(StatisticsPeriod.ZONE).toInstant();
        StatisticsRepository.Waits today = statistics.waits(midnight, now.toInstant(), chosen.codes());
        long waiting = chats.waiting().stream().filter(chat -> chosen.codes().map(codes -> codes.contains(chat.lineCode()))
                .orElse(true)).count();
        long chatsBefore = 0;
        double waitBefore = 0;
        int weeks = 0;
        for (int week = 1; week <= WEEKS_COMPARED; week++) {
            ZonedDateTime then = now.minusWeeks(week);
            Instant start = then.toLocalDate().atStartOfDay(StatisticsPeriod.ZONE).toInstant();
            StatisticsRepository.Waits day = statistics.waits(start, then.toInstant(), chosen.codes());
            if (day.chats() > 0) {
                weeks++;
                chatsBefore += day.chats();
                waitBefore += day.waitSeconds();
            }
        }
        return new Today(today.chats(), waiting,
                today.chats() == 0 ? OptionalDouble.empty() : OptionalDouble.of(today.waitSeconds() / 60 / today.chats()),
                weeks == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) chatsBefore / weeks),
                chatsBefore == 0 ? OptionalDouble.empty() : OptionalDouble.of(waitBefore / 60 / chatsBefore),
                weeks);
    }

    @Override
    public List<PastYear> pastYears(String caller) {
        scope(caller).requireEveryClb("voeren cijfers van vroegere schooljaren in");
        return statistics.pastYears();
    }

    @Override
    public PastYear savePastYear(String caller, SchoolYear year, long chats, Long pupils, Long parents,
                                 BigDecimal fakeCallPercent, boolean approximate, String source) {
        scope(caller).requireEveryClb("voeren cijfers van vroegere schooljaren in");
        Instant now = clock.instant();
        if (!year.lastDay().isBefore(LocalDate.ofInstant(now, StatisticsPeriod.ZONE))) {
            throw Refusal.invalid("invalid-past-year",
                    Map.of("schoolYear", "Met de hand vul je alleen schooljaren in die voorbij zijn."));
        }
        Optional<PastYear> known = statistics.pastYear(year.startYear());
        if (known.isPresent()) {
            known.get().change(chats, pupils, parents, fakeCallPercent, approximate, source, caller, now);
            return known.get();
        }
        PastYear entered = new PastYear(year, chats, pupils, parents, fakeCallPercent, approximate, source, caller,
                now);
        statistics.add(entered);
        return entered;
    }

    @Override
    public void removePastYear(String caller, SchoolYear year) {
        scope(caller).requireEveryClb("voeren cijfers van vroegere schooljaren in");
        statistics.remove(statistics.pastYear(year.startYear()).orElseThrow(() ->
                Refusal.notFound("unknown-past-year", "Voor dat schooljaar zijn geen cijfers ingevoerd.")));
    }

    private ClbScope scope(String caller) {
        ClbScope scope = scopes.of(caller);
        if (!scope.seesAny()) {
            throw Refusal.forbidden("forbidden",
                    "Alleen de coördinatoren, beheerders en de beheerders van een CLB zien statistieken.");
        }
        return scope;
    }

    private List<Box> visibleBoxes(ClbScope scope) {
        return (scope.everyClb() ? boxes.all() : scope.ownClb().map(boxes::ofClb).orElse(List.of())).stream()
                .filter(box -> scope.sees(box.clbCode())).toList();
    }

    /** What {@code line} means for this caller; a line they may not see is refused as one that does not exist. */
    private Lines lines(ClbScope scope, String line) {
        String code = line == null || line.isBlank() ? ALL_LINES : line;
        List<Box> visible = visibleBoxes(scope);
        if (code.equals(ALL_LINES)) {
            return scope.everyClb() ? new Lines(Optional.empty(), "alle lijnen samen")
                    : new Lines(Optional.of(visible.stream().map(Box::lineCode).toList()), "al onze boxen");
        }
        if (code.equals(ALL_BOXES)) {
            return new Lines(Optional.of(visible.stream().map(Box::lineCode).toList()), "alle boxen samen");
        }
        Optional<Box> box = visible.stream().filter(candidate -> candidate.lineCode().equals(code)).findFirst();
        if (box.isPresent()) {
            return new Lines(Optional.of(List.of(code)), "box " + box.get().title());
        }
        Optional<Line> other = scope.everyClb() ? lines.find(code) : Optional.empty();
        return other.map(found -> new Lines(Optional.of(List.of(code)), found.name()))
                .orElseThrow(() -> Refusal.invalid("unknown-line", Map.of("line", "Die chatlijn bestaat niet.")));
    }

    /** The days on which at least one of the lines was open (by today's rules for the weeks and holidays). */
    private int openingDays(Optional<Collection<String>> codes, StatisticsPeriod period) {
        Collection<String> all = codes.orElseGet(() -> lines.all().stream().map(Line::code).toList());
        Set<LocalDate> days = new HashSet<>();
        for (String code : all) {
            for (OpeningInterval interval : openingHours.intervals(code, period.from(), period.to())) {
                LocalDate day = interval.start().withZoneSameInstant(StatisticsPeriod.ZONE).toLocalDate();
                LocalDate last = interval.end().minusNanos(1).withZoneSameInstant(StatisticsPeriod.ZONE).toLocalDate();
                for (; !day.isAfter(last); day = day.plusDays(1)) {
                    if (!day.isBefore(period.from()) && !day.isAfter(period.to())) {
                        days.add(day);
                    }
                }
            }
        }
        return days.size();
    }

    /** The hand-overs of the period that touch the lines asked for (from or to one of them). */
    private List<HandoverPair> handovers(StatisticsPeriod period, Optional<Collection<String>> codes) {
        Map<String, String> names = lines.all().stream().collect(Collectors.toMap(
                be.clbchat.domain.line.Line::code, be.clbchat.domain.line.Line::name));
        return handovers.takenBetween(period.start(), period.end()).stream()
                .filter(pair -> codes.map(chosen -> chosen.contains(pair.fromLine()) || chosen.contains(pair.toLine()))
                        .orElse(true))
                .map(pair -> new HandoverPair(pair.fromLine(), names.getOrDefault(pair.fromLine(), pair.fromLine()),
                        pair.toLine(), names.getOrDefault(pair.toLine(), pair.toLine()), pair.kind(), pair.warm(),
                        new be.clbchat.domain.statistics.Count(pair.count())))
                .toList();
    }
}
