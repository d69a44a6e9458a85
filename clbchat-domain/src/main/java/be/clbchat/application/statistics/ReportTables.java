package be.clbchat.application.statistics;

import be.clbchat.application.statistics.ReportTable.Chart;
import be.clbchat.application.statistics.ReportTable.Kind;
import be.clbchat.application.statistics.ReportTable.Series;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import be.clbchat.domain.statistics.Count;
import be.clbchat.domain.statistics.DutchNumbers;
import be.clbchat.domain.statistics.Figures;
import be.clbchat.domain.statistics.Mean;
import be.clbchat.domain.statistics.Share;
import be.clbchat.domain.statistics.YearTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The statistics page, CSV and PDF all show these tables, so that the three never disagree. */
public final class ReportTables {

    static final Map<ClientType, String> GROUPS = Map.of(ClientType.PUPIL, "Leerlingen", ClientType.PARENT, "Ouders",
            ClientType.TEACHER, "Leerkrachten", ClientType.OTHER, "Iemand anders");
    static final Map<FoundVia, String> FOUND_VIA = Map.of(FoundVia.SMARTSCHOOL, "Smartschool",
            FoundVia.CLB_WEBSITE, "Website van het CLB", FoundVia.SCHOOL_WEBSITE, "Website van de school",
            FoundVia.POSTER_FLYER, "Affiche of flyer", FoundVia.RETURNING, "Was hier al eerder",
            FoundVia.OTHER, "Iets anders");
    static final Map<Gender, String> GENDERS = Map.of(Gender.GIRL, "Meisje", Gender.BOY, "Jongen",
            Gender.OTHER, "Anders", Gender.UNKNOWN, "Zeg ik liever niet");

    private ReportTables() {
    }

    public static String groupName(ClientType group) {
        return GROUPS.get(group);
    }

    public static List<ReportTable> of(StatisticsService.Report report) {
        Figures figures = report.figures();
        List<ClientType> groups = figures.groupsShown();
        List<ReportTable> tables = new ArrayList<>();
        tables.add(keyFigures(figures, groups));
        tables.add(trend(report.trend()));
        tables.add(fakeCallTrend(report.trend()));
        report.themeName().ifPresent(name -> tables.add(themeTrend(name, report.trend())));
        tables.add(ratings(figures, groups));
        for (ClientType group : groups) {
            tables.add(themes(figures, group));
        }
        tables.add(shares("resultaten", "Resultaat van het gesprek per groep", "Resultaat", groups,
                List.of(Outcome.values()), Outcome::label, figures.outcomes(),
                "Een chat kan meer dan één resultaat hebben: de aandelen tellen niet op tot 100%."));
        tables.add(shares("gevonden", "Hoe vonden ze CLBch@t?", "Gevonden via", groups, List.of(FoundVia.values()),
                FOUND_VIA::get, figures.foundVia(), "Aandeel van wie de vraag beantwoordde."));
        tables.add(gender(figures));
        tables.add(operators(figures.operators(), figures.chatscans()));
        tables.add(boxes(figures.boxes()));
        tables.add(handovers(report.handovers()));
        return tables;
    }

    private static ReportTable keyFigures(Figures figures, List<ClientType> groups) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Chats", DutchNumbers.whole(figures.chats())));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ClientType group : groups) {
            long count = figures.byGroup().getOrDefault(group, 0L);
            rows.add(List.of(GROUPS.get(group), DutchNumbers.whole(count) + " ("
                    + DutchNumbers.share(figures.groupShare(group)) + ")"));
            labels.add(GROUPS.get(group));
            values.add((double) count);
        }
        rows.add(List.of("Openingsdagen", DutchNumbers.whole(figures.openingDays())));
        rows.add(List.of("Chats per openingsdag", figures.chatsPerOpeningDay().isPresent()
                ? DutchNumbers.decimal(figures.chatsPerOpeningDay().getAsDouble(), 1) : "–"));
        rows.add(List.of("Gemiddelde duur (minuten)", DutchNumbers.mean(figures.averageDurationMinutes(), 1)));
        rows.add(List.of("Gemiddelde wachttijd (minuten)", DutchNumbers.mean(figures.averageWaitMinutes(), 2)));
        rows.add(List.of("Op een gsm of tablet", DutchNumbers.share(figures.mobileShare())));
        rows.add(List.of("Vermoedelijke nepoproepen", DutchNumbers.share(figures.fakeCallShare())));
        for (ClientType group : groups) {
            rows.add(List.of("Sessie (plots) afgebroken: " + GROUPS.get(group).toLowerCase(java.util.Locale.ROOT),
                    DutchNumbers.share(figures.aborted().get(group))));
        }
        rows.add(List.of("Gemiddelde leeftijd leerlingen", DutchNumbers.mean(figures.averagePupilAge(), 1)));
        return new ReportTable("kerncijfers", "Kerncijfers", List.of("Cijfer", "Waarde"), rows,
                Optional.of(new Chart(Kind.BAR, labels, List.of(new Series("Chats", values)), false)),
                "Een chat telt als een medewerker hem aannam, op de dag dat de bezoeker hem vroeg.");
    }

    private static ReportTable trend(List<YearTotal> trend) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (YearTotal total : trend) {
            String approximate = total.byHand().filter(past -> past.approximate()).isPresent() ? "± " : "";
            rows.add(List.of(total.year().label(), approximate + DutchNumbers.whole(total.chats()),
                    total.pupils().isPresent() ? DutchNumbers.whole(total.pupils().getAsLong()) : "–",
                    total.parents().isPresent() ? DutchNumbers.whole(total.parents().getAsLong()) : "–",
                    total.byHand().map(past -> "met de hand: " + past.source()).orElse("CLBch@t-platform")));
            labels.add(total.year().label());
            values.add((double) total.chats());
        }
        return new ReportTable("trend", "Chats per schooljaar", List.of("Schooljaar", "Chats", "Leerlingen", "Ouders",
                "Bron"), rows, Optional.of(new Chart(Kind.BAR, labels, List.of(new Series("Chats", values)), false)),
                "Jaren voor het platform komen uit de bronnen van het coördinatieteam; ± is een afgerond getal.");
    }

    private static ReportTable fakeCallTrend(List<YearTotal> trend) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (YearTotal total : trend) {
            if (total.fakeCallShare().isPresent()) {
                double share = total.fakeCallShare().getAsDouble();
                rows.add(List.of(total.year().label(), DutchNumbers.percent(share)));
                labels.add(total.year().label());
                values.add(share);
            }
        }
        return new ReportTable("nepoproepen", "Aandeel vermoedelijke nepoproepen per schooljaar",
                List.of("Schooljaar", "Aandeel"), rows,
                Optional.of(new Chart(Kind.LINE, labels, List.of(new Series("Nepoproepen", values)), true)),
                "Gemeld door de chatmedewerker, niet afgewezen door de coördinatoren.");
    }

    private static ReportTable themeTrend(String name, List<YearTotal> trend) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (YearTotal total : trend) {
            if (total.themeChats().isPresent()) {
                long count = total.themeChats().getAsLong();
                Share share = Share.protectedShare(count, total.chats());
                rows.add(List.of(total.year().label(), DutchNumbers.count(new Count(count)),
                        DutchNumbers.share(share)));
                labels.add(total.year().label());
                values.add(share.hidden() ? null : share.value());
            }
        }
        return new ReportTable("thema-trend", "Thema door de jaren: " + name, List.of("Schooljaar", "Chats",
                "Aandeel van alle chats"), rows,
                Optional.of(new Chart(Kind.LINE, labels, List.of(new Series(name, values)), true)), "");
    }

    private static ReportTable ratings(Figures figures, List<ClientType> groups) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ClientType group : groups) {
            Mean rating = figures.averageRating().get(group);
            rows.add(List.of(GROUPS.get(group), DutchNumbers.mean(rating, 2),
                    DutchNumbers.count(new Count(rating.n()))));
            labels.add(GROUPS.get(group));
            values.add(rating.hidden() || rating.value().isEmpty() ? null : rating.value().getAsDouble());
        }
        return new ReportTable("waardering", "Gemiddelde waardering (1 tot 5 sterren)",
                List.of("Groep", "Waardering", "Beoordelingen"), rows,
                Optional.of(new Chart(Kind.BAR, labels, List.of(new Series("Sterren", values)), false)),
                "Chats zonder beoordeling tellen niet mee.");
    }

    private static ReportTable themes(Figures figures, ClientType group) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Figures.ThemeCount theme : figures.topThemes().get(group)) {
            rows.add(List.of(theme.name(), DutchNumbers.count(theme.count())));
            labels.add(theme.name());
            values.add(theme.count().hidden() ? null : (double) theme.count().value());
        }
        String name = GROUPS.get(group).toLowerCase(java.util.Locale.ROOT);
        return new ReportTable("themas-" + group.code(), "Top-10 thema's: " + name, List.of("Thema", "Chats"), rows,
                Optional.of(new Chart(Kind.HORIZONTAL_BAR, labels, List.of(new Series("Chats", values)), false)),
                "Een chat kan over meer dan één thema gaan.");
    }

    private static <K> ReportTable shares(String id, String title, String what, List<ClientType> groups,
                                          List<K> keys, java.util.function.Function<K, String> label,
                                          Map<ClientType, ? extends Map<K, Share>> shares, String note) {
        List<String> headers = new ArrayList<>(List.of(what));
        groups.forEach(group -> headers.add(GROUPS.get(group)));
        List<List<String>> rows = new ArrayList<>();
        for (K key : keys) {
            List<String> row = new ArrayList<>(List.of(label.apply(key)));
            groups.forEach(group -> row.add(DutchNumbers.share(shares.get(group).get(key))));
            rows.add(row);
        }
        List<Series> series = groups.stream().map(group -> new Series(GROUPS.get(group), keys.stream()
                .map(key -> shares.get(group).get(key)).map(ReportTables::chartValue).toList())).toList();
        return new ReportTable(id, title, headers, rows,
                Optional.of(new Chart(Kind.HORIZONTAL_BAR, keys.stream().map(label).toList(), series, true)), note);
    }

    private static ReportTable gender(Figures figures) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Gender gender : Gender.values()) {
            Share share = figures.pupilGender().get(gender);
            rows.add(List.of(GENDERS.get(gender), DutchNumbers.share(share)));
            labels.add(GENDERS.get(gender));
            values.add(chartValue(share));
        }
        return new ReportTable("geslacht", "Geslacht van de leerlingen (zoals ze het zelf zeiden)",
                List.of("Geslacht", "Aandeel"), rows,
                Optional.of(new Chart(Kind.BAR, labels, List.of(new Series("Leerlingen", values)), true)),
                "Aandeel van de leerlingen die het invulden.");
    }

    private static ReportTable operators(Figures.Operators operators, Figures.Chatscans chatscans) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Actieve chatmedewerkers", DutchNumbers.whole(operators.active())));
        rows.add(List.of("Chats per medewerker: gemiddeld", DutchNumbers.mean(operators.chatsPerOperator(), 1)));
        rows.add(List.of("Chats per medewerker: minst / mediaan / meest", DutchNumbers.whole(operators.fewest())
                + " / " + DutchNumbers.whole(operators.median()) + " / " + DutchNumbers.whole(operators.most())));
        rows.add(List.of("Chatscans gedaan (feedback verstuurd)", DutchNumbers.whole(chatscans.done())));
        rows.add(List.of("Chatmedewerkers met een chatscan", DutchNumbers.whole(chatscans.operators())));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        operators.byDiscipline().forEach((discipline, count) -> {
            String name = discipline.map(Discipline::label).orElse("niet ingevuld");
            rows.add(List.of("Discipline: " + name, DutchNumbers.whole(count)));
            labels.add(name);
            values.add((double) count);
        });
        return new ReportTable("medewerkers", "Chatmedewerkers", List.of("Cijfer", "Waarde"), rows,
                Optional.of(new Chart(Kind.HORIZONTAL_BAR, labels, List.of(new Series("Medewerkers", values)), false)),
                "Wie in de periode minstens één chat aannam; de discipline zoals ze nu in hun profiel staat.");
    }

    private static ReportTable boxes(Figures.Boxes boxes) {
        List<List<String>> rows = List.of(
                List.of("Centra met een open box", DutchNumbers.whole(boxes.centresOpen())),
                List.of("Chats in een box", DutchNumbers.whole(boxes.chats())),
                List.of("Waarvan met ouders", DutchNumbers.whole(boxes.withParents())),
                List.of("Gemiddelde waardering", DutchNumbers.mean(boxes.averageRating(), 1)));
        return new ReportTable("boxen", "Chat met je CLB", List.of("Cijfer", "Waarde"), rows, Optional.empty(), "");
    }

    private static ReportTable handovers(List<StatisticsService.HandoverPair> pairs) {
        List<List<String>> rows = new ArrayList<>();
        for (StatisticsService.HandoverPair pair : pairs) {
            rows.add(List.of(pair.fromName(), pair.kind() == be.clbchat.domain.handover.HandoverKind.COLLEAGUE
                    ? "een collega (" + pair.toName() + ")" : pair.toName(), pair.warm() ? "warm" : "koud",
                    DutchNumbers.count(pair.count())));
        }
        return new ReportTable("doorverbindingen", "Doorverbonden gesprekken", List.of("Van", "Naar", "Hoe",
                "Gesprekken"), rows, Optional.empty(), "Gesprekken die een medewerker live doorgaf en die de andere"
                + " kant overnam, per lijn en manier; een gesprek dat twee keer werd doorgegeven telt twee keer.");
    }

    private static Double chartValue(Share share) {
        return share.hidden() || share.of() == 0 ? null : share.value();
    }
}
