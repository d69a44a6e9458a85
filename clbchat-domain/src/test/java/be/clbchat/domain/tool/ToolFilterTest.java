package be.clbchat.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolFilterTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static CatalogueEntry tool(String name, Set<ClbDomain> domains, Set<EducationLevel> levels, Integer min,
                               Integer max, ToolKind kind, Map<FavouritesList, Integer> lists) {
        return new CatalogueEntry(new Tool(new ToolDetails(name, "https://example.org/" + name.length(),
                "Over " + name + ": stress en slaap", kind, domains, levels, min, max, "Organisatie Zoë", true, null,
                null, false, Map.of(), null, null), "test", NOW), lists);
    }

    static final CatalogueEntry NOKNOK = tool("NokNok", Set.of(ClbDomain.PSF, ClbDomain.PGZ),
            Set.of(EducationLevel.SO), 12, 16, ToolKind.CONTENT, Map.of(FavouritesList.PUPILS, 2));
    static final CatalogueEntry GELUK = tool("Geluksdriehoek", Set.of(ClbDomain.PSF, ClbDomain.PGZ),
            Set.of(EducationLevel.SO), 16, null, ToolKind.CONTENT, Map.of(FavouritesList.PUPILS, 1,
                    FavouritesList.STAFF, 1));
    static final CatalogueEntry BEELD = tool("Beeldbellen", Set.of(ClbDomain.values()),
            Set.of(EducationLevel.BAO, EducationLevel.SO), null, null, ToolKind.COMMUNICATION,
            Map.of(FavouritesList.STAFF, 2));
    static final List<CatalogueEntry> ALL = List.of(NOKNOK, GELUK, BEELD);

    static List<String> names(ToolFilter filter) {
        return filter.apply(ALL).stream().map(entry -> entry.tool().name()).toList();
    }

    @Test
    void withoutFiltersEveryActiveToolByName() {
        assertThat(names(ToolFilter.EVERYTHING)).containsExactly("Beeldbellen", "Geluksdriehoek", "NokNok");
    }

    @ParameterizedTest
    @CsvSource({"11,Beeldbellen", "12,Beeldbellen|NokNok", "16,Beeldbellen|Geluksdriehoek|NokNok",
            "17,Beeldbellen|Geluksdriehoek", "99,Beeldbellen|Geluksdriehoek"})
    void anAgeFallsWithinTheToolsRangeAndAMissingBoundDoesNotLimit(int age, String expected) {
        assertThat(names(new ToolFilter(null, null, age, null, null, null)))
                .containsExactly(expected.split("\\|"));
    }

    @Test
    void domainLevelAndKindMustAllMatch() {
        assertThat(names(new ToolFilter(ClbDomain.OLB, null, null, null, null, null))).containsExactly("Beeldbellen");
        assertThat(names(new ToolFilter(ClbDomain.PSF, EducationLevel.BAO, null, null, null, null)))
                .containsExactly("Beeldbellen");
        assertThat(names(new ToolFilter(ClbDomain.PSF, EducationLevel.SO, 14, ToolKind.CONTENT, null, null)))
                .containsExactly("NokNok");
        assertThat(names(new ToolFilter(null, EducationLevel.BUO, null, null, null, null))).isEmpty();
    }

    @Test
    void aListShowsItsToolsInTheListsOrder() {
        assertThat(names(new ToolFilter(null, null, null, null, FavouritesList.PUPILS, null)))
                .containsExactly("Geluksdriehoek", "NokNok");
        assertThat(names(new ToolFilter(null, null, null, null, FavouritesList.STAFF, null)))
                .containsExactly("Geluksdriehoek", "Beeldbellen");
    }

    @Test
    void wordsAreFoundInNameDescriptionAndOrganisationIgnoringCaseAndAccents() {
        assertThat(names(new ToolFilter(null, null, null, null, null, "noknok"))).containsExactly("NokNok");
        assertThat(names(new ToolFilter(null, null, null, null, null, "SLAAP geluks")))
                .containsExactly("Geluksdriehoek");
        assertThat(names(new ToolFilter(null, null, null, null, null, "zoe"))).hasSize(3);
        assertThat(names(new ToolFilter(null, null, null, null, null, "vakantie"))).isEmpty();
    }

    @Test
    void anArchivedToolIsNeverFound() {
        CatalogueEntry archived = tool("Oud", Set.of(ClbDomain.PSF), Set.of(EducationLevel.SO), null, null,
                ToolKind.CONTENT, Map.of(FavouritesList.PUPILS, 3));
        archived.tool().archive("admin", NOW);
        assertThat(new ToolFilter(null, null, null, null, FavouritesList.PUPILS, "oud").apply(List.of(archived)))
                .isEmpty();
    }

    @Test
    void impossibleFiltersAreRefused() {
        assertThatThrownBy(() -> new ToolFilter(null, null, 2, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolFilter(null, null, null, null, null, "x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
