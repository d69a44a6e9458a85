package be.clbchat.domain.statistics;

import be.clbchat.domain.opening.SchoolYear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One point of a trend over school years: from the platform's chats, or, for a year before the platform, the totals
 * entered by hand ({@link PastYear}), which say so and name their source.
 *
 * @param fakeCallShare  between 0 and 1; empty when a hand-entered year does not give it
 * @param themeChats     chats about the theme asked for; empty when no theme was asked or the year was entered by hand
 */
public record YearTotal(SchoolYear year, long chats, OptionalLong pupils, OptionalLong parents,
                        OptionalDouble fakeCallShare, OptionalLong themeChats, Optional<PastYear> byHand) {

    /** What the platform counted in one school year. */
    public static YearTotal counted(SchoolYear year, long chats, long pupils, long parents, long fake,
                                    OptionalLong themeChats) {
        return new YearTotal(year, chats, OptionalLong.of(pupils), OptionalLong.of(parents),
                chats == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) fake / chats), themeChats,
                Optional.empty());
    }

    public static YearTotal entered(PastYear past) {
        return new YearTotal(past.year(), past.chats(), past.pupils(), past.parents(),
                past.fakeCallPercent().map(percent -> OptionalDouble.of(percent.doubleValue() / 100))
                        .orElse(OptionalDouble.empty()),
                OptionalLong.empty(), Optional.of(past));
    }

    /** The share of chats about the theme asked for. */
    public OptionalDouble themeShare() {
        return themeChats.isPresent() && chats > 0 ? OptionalDouble.of((double) themeChats.getAsLong() / chats)
                : OptionalDouble.empty();
    }

    /**
     * The trend: every year the platform counted chats in, and every hand-entered year it did not (the platform's
     * own count wins where both exist), oldest first, up to and including {@code upTo}.
     */
    public static List<YearTotal> trend(List<YearTotal> counted, List<PastYear> entered, SchoolYear upTo) {
        Map<Integer, YearTotal> years = new TreeMap<>();
        entered.forEach(past -> years.put(past.year().startYear(), entered(past)));
        counted.stream().filter(total -> total.chats() > 0)
                .forEach(total -> years.put(total.year().startYear(), total));
        List<YearTotal> trend = new ArrayList<>(years.values());
        trend.removeIf(total -> total.year().startYear() > upTo.startYear());
        trend.sort(Comparator.comparingInt(total -> total.year().startYear()));
        return trend;
    }
}
