package be.clbchat.admin.tool;

import be.clbchat.domain.tool.CatalogueEntry;
import be.clbchat.domain.tool.ClbDomain;
import be.clbchat.domain.tool.EducationLevel;
import be.clbchat.domain.tool.FavouritesList;
import be.clbchat.domain.tool.Tool;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** One tool as the admin lists show it. */
public record ToolRow(long id, String name, String kind, String domains, String levels, boolean active,
                      String lists, String lastScreened, String changed, String missing) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl-BE"));
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
            Locale.forLanguageTag("nl-BE")).withZone(ZoneId.of("Europe/Brussels"));

    static ToolRow of(CatalogueEntry entry) {
        Tool tool = entry.tool();
        return new ToolRow(tool.id(), tool.name(), tool.kind().label(),
                tool.domains().stream().map(ClbDomain::name).map(d -> d.equals("LS") ? "L&S" : d)
                        .collect(Collectors.joining(", ")),
                tool.levels().stream().map(EducationLevel::name).map(ToolRow::level).collect(Collectors.joining(", ")),
                tool.active(),
                Arrays.stream(FavouritesList.values()).filter(entry::on).map(FavouritesList::label)
                        .collect(Collectors.joining(", ")),
                tool.screenedOn().map(DAY::format).orElse("nog niet"),
                MOMENT.format(tool.changedAt()) + " door " + tool.changedBy(), String.join(", ", tool.missing()));
    }

    private static String level(String name) {
        return switch (name) {
            case "BAO" -> "BaO";
            case "BUO" -> "BuO";
            default -> name;
        };
    }

    public String status() {
        return active ? "actief" : "gearchiveerd";
    }
}
