package be.clbchat.web.api;

import be.clbchat.application.statistics.Questions;
import be.clbchat.application.statistics.StatisticsService;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import be.clbchat.domain.statistics.Count;
import be.clbchat.domain.statistics.Figures;
import be.clbchat.domain.statistics.Mean;
import be.clbchat.domain.statistics.Privacy;
import be.clbchat.domain.statistics.Share;
import be.clbchat.domain.statistics.StatisticsPeriod;
import be.clbchat.domain.statistics.YearTotal;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The annual report's figures as JSON. A figure that rests on fewer than 5 chats is the string {@code "< 5"} instead
 * of a number; a figure without anything to average ({@code null}) had no chats.
 */
@Path("/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    private StatisticsService statistics;

    @Inject
    private Clock clock;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "Every figure of the annual report for a school year or a free period (coordinators and "
            + "admins; a CLB's admin for their own boxes). Shares are fractions (0.428 = 42.8%), durations minutes; a "
            + "breakdown resting on fewer than 5 chats is the string \"< 5\". Bad year, period or line: 400.")
    public Map<String, Object> figures(
            @Parameter(description = "2026-2027; default the current school year") @QueryParam("schoolYear")
            String schoolYear,
            @Parameter(description = "instead of a school year: first day, e.g. 2027-01-01") @QueryParam("from")
            String from,
            @Parameter(description = "with from: last day (at most 366 days)") @QueryParam("to") String to,
            @Parameter(description = "all (default), boxes, or a line's code such as clbchat") @QueryParam("line")
            String line,
            @Parameter(description = "a theme code to follow over the school years, e.g. pesten") @QueryParam("theme")
            String theme) {
        String caller = StaffCaller.inRole(security, "coördinator of beheerder",
                "Alleen de coördinatoren, beheerders en de beheerders van een CLB zien statistieken.",
                StaffRoles.COORDINATOR, StaffRoles.ADMIN, StaffRoles.CLB_ADMIN);
        StatisticsService.Report report = statistics.report(caller, Questions.parse(schoolYear, from, to, line, theme,
                LocalDate.now(clock.withZone(StatisticsPeriod.ZONE))));
        return json(report);
    }

    static Map<String, Object> json(StatisticsService.Report report) {
        Figures figures = report.figures();
        StatisticsPeriod period = report.question().period();
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> periodJson = new LinkedHashMap<>();
        periodJson.put("from", period.from().toString());
        periodJson.put("to", period.to().toString());
        periodJson.put("schoolYear", period.schoolYear().map(SchoolYear::label).orElse(null));
        json.put("period", periodJson);
        json.put("line", report.question().line());
        json.put("lineName", report.linesName());
        json.put("chats", figures.chats());
        json.put("byRole", perGroup(figures.byGroup()::get));
        json.put("averageDurationMinutes", mean(figures.averageDurationMinutes()));
        json.put("averageWaitMinutes", mean(figures.averageWaitMinutes()));
        json.put("mobileShare", share(figures.mobileShare()));
        json.put("averageRating", perGroup(group -> mean(figures.averageRating().get(group))));
        json.put("topThemes", perGroup(group -> figures.topThemes().get(group).stream().map(theme -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", theme.code());
            entry.put("name", theme.name());
            entry.put("count", count(theme.count()));
            return entry;
        }).toList()));
        json.put("outcomes", perGroup(group -> shares(Outcome.class, figures.outcomes().get(group))));
        json.put("foundVia", perGroup(group -> shares(FoundVia.class, figures.foundVia().get(group))));
        json.put("fakeCallShare", share(figures.fakeCallShare()));
        json.put("pupilGender", shares(Gender.class, figures.pupilGender()));
        json.put("averagePupilAge", mean(figures.averagePupilAge()));
        json.put("abortedShare", perGroup(group -> share(figures.aborted().get(group))));
        json.put("openingDays", figures.openingDays());
        json.put("chatsPerOpeningDay", figures.chatsPerOpeningDay().isPresent()
                ? round(figures.chatsPerOpeningDay().getAsDouble(), 2) : null);
        Figures.Operators operators = figures.operators();
        Map<String, Object> operatorsJson = new LinkedHashMap<>();
        operatorsJson.put("active", operators.active());
        Map<String, Object> perOperator = new LinkedHashMap<>();
        perOperator.put("average", mean(operators.chatsPerOperator()));
        perOperator.put("fewest", operators.fewest());
        perOperator.put("median", operators.median());
        perOperator.put("most", operators.most());
        operatorsJson.put("chatsPerOperator", perOperator);
        Map<String, Object> disciplines = new LinkedHashMap<>();
        operators.byDiscipline().forEach((discipline, count) -> disciplines.put(
                discipline.map(Discipline::name).map(name -> name.toLowerCase(Locale.ROOT)).orElse("unknown"), count));
        operatorsJson.put("byDiscipline", disciplines);
        operatorsJson.put("chatscansDone", figures.chatscans().done());
        operatorsJson.put("withChatscan", figures.chatscans().operators());
        json.put("operators", operatorsJson);
        Map<String, Object> boxes = new LinkedHashMap<>();
        boxes.put("centresOpen", figures.boxes().centresOpen());
        boxes.put("chats", figures.boxes().chats());
        boxes.put("withParents", figures.boxes().withParents());
        boxes.put("averageRating", mean(figures.boxes().averageRating()));
        json.put("boxes", boxes);
        json.put("handovers", report.handovers().stream().map(pair -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("from", pair.fromLine());
            entry.put("fromName", pair.fromName());
            entry.put("to", pair.toLine());
            entry.put("toName", pair.toName());
            entry.put("kind", pair.kind().name().toLowerCase(Locale.ROOT));
            entry.put("warm", pair.warm());
            entry.put("count", count(pair.count()));
            return entry;
        }).toList());
        List<Map<String, Object>> trend = new ArrayList<>();
        for (YearTotal total : report.trend()) {
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("schoolYear", total.year().label());
            year.put("chats", total.chats());
            year.put("pupils", total.pupils().isPresent() ? total.pupils().getAsLong() : null);
            year.put("parents", total.parents().isPresent() ? total.parents().getAsLong() : null);
            year.put("fakeCallShare", total.fakeCallShare().isPresent()
                    ? round(total.fakeCallShare().getAsDouble(), 4) : null);
            if (total.themeChats().isPresent()) {
                year.put("themeChats", count(new Count(total.themeChats().getAsLong())));
                year.put("themeShare", share(Share.protectedShare(total.themeChats().getAsLong(), total.chats())));
            }
            year.put("enteredByHand", total.byHand().isPresent());
            year.put("approximate", total.byHand().map(past -> past.approximate()).orElse(false));
            year.put("source", total.byHand().map(past -> past.source()).orElse(null));
            trend.add(year);
        }
        json.put("trend", trend);
        json.put("theme", report.question().theme().filter(code -> !code.isBlank())
                .map(code -> Map.of("code", code, "name", report.themeName().orElse(code))).orElse(null));
        return json;
    }

    private static Map<String, Object> perGroup(java.util.function.Function<ClientType, Object> value) {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (ClientType group : ClientType.values()) {
            groups.put(group.code(), value.apply(group));
        }
        return groups;
    }

    private static <E extends Enum<E> & Coded> Map<String, Object> shares(Class<E> type, Map<E, Share> shares) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (E key : type.getEnumConstants()) {
            json.put(key.code(), share(shares.get(key)));
        }
        return json;
    }

    private static Object share(Share share) {
        return share.hidden() ? Privacy.FEWER : share.of() == 0 ? null : round(share.value(), 4);
    }

    private static Object mean(Mean mean) {
        return mean.hidden() ? Privacy.FEWER : mean.value().isPresent() ? round(mean.value().getAsDouble(), 2) : null;
    }

    private static Object count(Count count) {
        return count.hidden() ? Privacy.FEWER : count.value();
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
