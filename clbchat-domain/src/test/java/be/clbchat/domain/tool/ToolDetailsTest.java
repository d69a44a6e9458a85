package be.clbchat.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolDetailsTest {

    static ToolDetails with(String url, Integer min, Integer max, Set<ClbDomain> domains) {
        return new ToolDetails("NokNok", url, "Zelfhulp voor jongeren", ToolKind.CONTENT, domains,
                Set.of(EducationLevel.SO), min, max, null, null, null, null, false, Map.of(), null, null);
    }

    @Test
    void aCompleteToolHasNoProblems() {
        assertThat(with("https://www.example.org/noknok", 12, 16, Set.of(ClbDomain.PSF)).problems()).isEmpty();
    }

    @Test
    void requiredFieldsAreNamed() {
        ToolDetails empty = new ToolDetails(" ", null, null, null, Set.of(), Set.of(), null, null, null, null, null,
                null, false, null, null, null);
        assertThat(empty.problems()).containsOnlyKeys("name", "kind", "domains", "levels");
    }

    @Test
    void aToolIsSavedWithWhatIsKnownAndSaysWhatIsMissing() {
        ToolDetails known = new ToolDetails("NokNok", null, null, ToolKind.CONTENT, Set.of(ClbDomain.PSF),
                Set.of(EducationLevel.SO), null, null, null, null, null, null, false, null, null, null);
        assertThat(known.problems()).isEmpty();
        assertThat(new Tool(known, "coördinator", java.time.Instant.parse("2026-12-02T10:00:00Z")).missing())
                .containsExactly("webadres", "beschrijving", "screening");
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.example.org", "ftp://example.org", "javascript:alert(1)", "https://", "https://x",
            "https://exa mple.org"})
    void aWebAddressIsAFullHttpOrHttpsAddress(String url) {
        assertThat(with(url, null, null, Set.of(ClbDomain.PSF)).problems()).containsOnlyKeys("url");
    }

    @Test
    void theAgeRangeRunsUpwards() {
        assertThat(with("https://example.org", 16, 12, Set.of(ClbDomain.PSF)).problems()).containsOnlyKeys("ageMax");
        assertThat(with("https://example.org", 1, null, Set.of(ClbDomain.PSF)).problems()).containsOnlyKeys("ageMin");
        assertThat(with("https://example.org", 12, 12, Set.of(ClbDomain.PSF)).problems()).isEmpty();
    }

    @Test
    void everyCriterionIsThereJudgedOrNot() {
        ToolDetails details = new ToolDetails("X", "https://example.org", "d", ToolKind.CONTENT, Set.of(ClbDomain.PSF),
                Set.of(EducationLevel.SO), null, null, null, null, null, null, false,
                Map.of(Criterion.EVIDENCE, new Assessment(Verdict.PARTLY, " kleine studie ")), null, null);
        assertThat(details.screening()).hasSize(6);
        assertThat(details.screening().get(Criterion.EVIDENCE).note()).isEqualTo("kleine studie");
        assertThat(details.screening().get(Criterion.BROAD)).isEqualTo(Assessment.NONE);
    }
}
