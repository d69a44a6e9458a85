package be.clbchat.domain.statistics;

import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Every figure of the annual report for one period and set of lines, computed from the chats' anonymous facts. A chat
 * counts when an operator answered it; it is counted in the period in which the visitor asked for it.
 *
 * @param openingDays         the days on which at least one of the lines was open
 * @param chatsPerOpeningDay  empty when no line was open
 * @param outcomes            per group: the share of its chats with that outcome (a chat may have several, so the
 *                            shares of a group do not add up to 100%)
 */
public record Figures(long chats, Map<ClientType, Long> byGroup, Mean averageDurationMinutes,
                      Mean averageWaitMinutes, Share mobileShare, Map<ClientType, Mean> averageRating,
                      Map<ClientType, List<ThemeCount>> topThemes, Map<ClientType, Map<Outcome, Share>> outcomes,
                      Map<ClientType, Map<FoundVia, Share>> foundVia, Share fakeCallShare,
                      Map<Gender, Share> pupilGender, Mean averagePupilAge, Map<ClientType, Share> aborted,
                      int openingDays, OptionalDouble chatsPerOpeningDay, Operators operators, Boxes boxes,
                      Chatscans chatscans) {

    public static final int TOP_THEMES = 10;

    /** A theme and how many chats of a group were about it. */
    public record ThemeCount(String code, String name, Count count) {
    }

    /**
     * The operators who answered chats in the period: how many, chats per operator (average and spread), and how many
     * of each discipline (empty key: not filled in).
     */
    public record Operators(long active, Mean chatsPerOperator, long fewest, long median, long most,
                            Map<Optional<Discipline>, Long> byDiscipline) {
    }

    /**
     * The chatscan in the period: how many reviews were sent to their operator, and for how many operators (the annual
     * report's "voor 90 operatoren werd een chatscan gedaan").
     */
    public record Chatscans(long done, long operators) {
        public static final Chatscans NONE = new Chatscans(0, 0);
    }

    /** The same figures with the chatscans of the period (counted apart: they are no facts of chats). */
    public Figures withChatscans(Chatscans done) {
        return new Figures(chats, byGroup, averageDurationMinutes, averageWaitMinutes, mobileShare, averageRating,
                topThemes, outcomes, foundVia, fakeCallShare, pupilGender, averagePupilAge, aborted, openingDays,
                chatsPerOpeningDay, operators, boxes, done);
    }

    /** Chat met je CLB: centres that had a box open in the period, chats on boxes, of them with parents, rating. */
    public record Boxes(long centresOpen, long chats, long withParents, Mean averageRating) {
    }

    /** The share of {@code group}'s chats in all chats. */
    public Share groupShare(ClientType group) {
        return Share.of(byGroup.getOrDefault(group, 0L), chats);
    }

    /**
     * @param facts        the answered chats of the period on the lines asked for
     * @param openingDays  days on which one of those lines was open
     * @param themeNames   the name of every theme code, retired ones too
     * @param disciplines  the discipline of each operator who has one
     * @param centresOpen  the CLBs with a box open in the period (among those asked for)
     */
    public static Figures of(List<ChatFact> facts, int openingDays, Map<String, String> themeNames,
                             Map<String, Discipline> disciplines, long centresOpen) {
        Map<ClientType, List<ChatFact>> perGroup = new EnumMap<>(ClientType.class);
        for (ClientType group : ClientType.values()) {
            perGroup.put(group, new ArrayList<>());
        }
        facts.forEach(fact -> perGroup.get(fact.group()).add(fact));

        Map<ClientType, Long> byGroup = new EnumMap<>(ClientType.class);
        Map<ClientType, Mean> rating = new EnumMap<>(ClientType.class);
        Map<ClientType, List<ThemeCount>> themes = new EnumMap<>(ClientType.class);
        Map<ClientType, Map<Outcome, Share>> outcomes = new EnumMap<>(ClientType.class);
        Map<ClientType, Map<FoundVia, Share>> foundVia = new EnumMap<>(ClientType.class);
        Map<ClientType, Share> aborted = new EnumMap<>(ClientType.class);
        perGroup.forEach((group, chats) -> {
            byGroup.put(group, (long) chats.size());
            rating.put(group, protectedMean(chats.stream().flatMap(f -> f.stars().stream()).map(Integer::doubleValue)
                    .toList()));
            themes.put(group, topThemes(chats, themeNames));
            Map<Outcome, Share> perOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                perOutcome.put(outcome, Share.protectedShare(count(chats, f -> f.outcomes().contains(outcome)),
                        chats.size()));
            }
            outcomes.put(group, perOutcome);
            long answered = count(chats, f -> f.foundVia().isPresent());
            Map<FoundVia, Share> perWay = new EnumMap<>(FoundVia.class);
            for (FoundVia way : FoundVia.values()) {
                perWay.put(way, Share.protectedShare(count(chats, f -> f.foundVia().filter(way::equals).isPresent()),
                        answered));
            }
            foundVia.put(group, perWay);
            aborted.put(group, Share.of(count(chats, ChatFact::aborted), chats.size()));
        });

        List<ChatFact> pupils = perGroup.get(ClientType.PUPIL);
        long withGender = count(pupils, f -> f.gender().isPresent());
        Map<Gender, Share> gender = new EnumMap<>(Gender.class);
        for (Gender value : Gender.values()) {
            gender.put(value, Share.protectedShare(count(pupils, f -> f.gender().filter(value::equals).isPresent()),
                    withGender));
        }
        Mean age = protectedMean(pupils.stream().flatMap(f -> f.age().stream()).map(Integer::doubleValue).toList());

        long withDevice = count(facts, f -> f.device().isPresent());
        return new Figures(facts.size(), byGroup,
                mean(facts.stream().flatMap(f -> f.lasted().stream()).map(Figures::minutes).toList()),
                mean(facts.stream().map(f -> minutes(f.waited())).toList()),
                Share.of(count(facts, ChatFact::onMobile), withDevice), rating, themes, outcomes, foundVia,
                Share.of(count(facts, ChatFact::fake), facts.size()), gender, age, aborted, openingDays,
                openingDays == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) facts.size() / openingDays),
                operators(facts, disciplines), boxes(facts, centresOpen), Chatscans.NONE);
    }

    private static List<ThemeCount> topThemes(List<ChatFact> chats, Map<String, String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        chats.forEach(fact -> fact.themes().forEach(theme -> counts.merge(theme, 1L, Long::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(entry -> names.getOrDefault(entry.getKey(), entry.getKey())))
                .limit(TOP_THEMES)
                .map(entry -> new ThemeCount(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
                        new Count(entry.getValue())))
                .toList();
    }

    private static Operators operators(List<ChatFact> facts, Map<String, Discipline> disciplines) {
        Map<String, Long> perOperator = new LinkedHashMap<>();
        facts.forEach(fact -> perOperator.merge(fact.operator(), 1L, Long::sum));
        List<Long> counts = perOperator.values().stream().sorted().toList();
        Map<Optional<Discipline>, Long> byDiscipline = new LinkedHashMap<>();
        for (Discipline discipline : Discipline.values()) {
            byDiscipline.put(Optional.of(discipline), 0L);
        }
        byDiscipline.put(Optional.empty(), 0L);
        perOperator.keySet().forEach(operator ->
                byDiscipline.merge(Optional.ofNullable(disciplines.get(operator)), 1L, Long::sum));
        return new Operators(counts.size(), Mean.of(facts.size(), counts.size()),
                counts.isEmpty() ? 0 : counts.get(0), median(counts),
                counts.isEmpty() ? 0 : counts.get(counts.size() - 1), byDiscipline);
    }

    /** The middle value; of an even number of values the lower of the two middle ones (a whole number of chats). */
    static long median(List<Long> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get((sorted.size() - 1) / 2);
    }

    private static Boxes boxes(List<ChatFact> facts, long centresOpen) {
        List<ChatFact> onBoxes = facts.stream().filter(fact -> fact.clb().isPresent()).toList();
        return new Boxes(centresOpen, onBoxes.size(), count(onBoxes, f -> f.group() == ClientType.PARENT),
                protectedMean(onBoxes.stream().flatMap(f -> f.stars().stream()).map(Integer::doubleValue).toList()));
    }

    private static long count(List<ChatFact> facts, Predicate<ChatFact> which) {
        return facts.stream().filter(which).count();
    }

    private static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }

    private static Mean mean(List<Double> values) {
        return Mean.of(values.stream().mapToDouble(Double::doubleValue).sum(), values.size());
    }

    private static Mean protectedMean(List<Double> values) {
        return Mean.protectedMean(values.stream().mapToDouble(Double::doubleValue).sum(), values.size());
    }

    /** The groups to show: pupils, parents and teachers always, "someone else" only when there were such chats. */
    public List<ClientType> groupsShown() {
        return java.util.Arrays.stream(ClientType.values())
                .filter(group -> group != ClientType.OTHER || byGroup.getOrDefault(group, 0L) > 0).toList();
    }

}
