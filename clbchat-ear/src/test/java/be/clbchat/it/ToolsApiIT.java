package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public tool catalogue API against the running server, on the seeded tools of 2023-2024. */
class ToolsApiIT {

    static JsonObject get(String path) {
        HttpResponse<String> response = Staff.anonymous().get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return ChatFixtures.json(response.body());
    }

    static List<String> names(JsonObject result) {
        return result.getJsonArray("tools").getValuesAs(JsonObject.class).stream()
                .map(tool -> tool.getString("name")).toList();
    }

    @Test
    void theElevenToolsPromotedIn2023And2024AreThereWithTheirDomainsAndLevels() {
        JsonObject all = get("/api/tools");
        assertThat(names(all)).contains("m-Path", "Onderwijskiezer", "NokNok", "Conflicthelden",
                "Tools van de Zelfmoordlijn", "MoodSpace LifeCraft", "MoodSpace Gezonde Levensstijl",
                "MoodSpace Stress & Angst", "Geluksdriehoek", "Blended chatten", "Beeldbellen");
        JsonObject noknok = all.getJsonArray("tools").getValuesAs(JsonObject.class).stream()
                .filter(tool -> tool.getString("name").equals("NokNok")).findFirst().orElseThrow();
        assertThat(noknok.getJsonArray("domains").getValuesAs(JsonString::getString)).containsExactlyInAnyOrder("PSF", "PGZ");
        assertThat(noknok.getJsonArray("levels").getValuesAs(JsonString::getString)).containsExactly("SO");
        assertThat(noknok.getInt("ageMin")).isEqualTo(12);
        assertThat(noknok.getInt("ageMax")).isEqualTo(16);
        assertThat(noknok.getString("kind")).isEqualTo("content");
        assertThat(noknok.isNull("url")).as("not in the sources, so not invented").isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "domain=OLB&level=BAO|m-Path,Onderwijskiezer,Blended chatten,Beeldbellen",
            "domain=PSF&level=SO&age=14&kind=content|NokNok,Conflicthelden,Tools van de Zelfmoordlijn,MoodSpace LifeCraft",
            "age=17&domain=PGZ&kind=content|Geluksdriehoek,MoodSpace Gezonde Levensstijl,MoodSpace LifeCraft,m-Path",
            "kind=communication|Beeldbellen,Blended chatten",
            "q=moodspace angst|MoodSpace Stress & Angst",
            "domain=l%26s&q=MOODSPACE|MoodSpace Stress & Angst"})
    void filtersNarrowTheCatalogue(String query, String expected) {
        List<String> found = names(get("/api/tools?" + query.replace(" ", "%20")));
        assertThat(found).containsAll(List.of(expected.split(",")));
        if (query.startsWith("kind=") || query.startsWith("q=") || query.startsWith("domain=l")) {
            assertThat(found).containsExactlyInAnyOrder(expected.split(","));
        }
        if (query.contains("age=17")) {
            assertThat(found).doesNotContain("NokNok");
        }
    }

    @Test
    void theStaffListKeepsItsOrder() {
        List<String> staff = names(get("/api/tools?list=staff"));
        assertThat(staff.subList(0, 3)).containsExactly("m-Path", "Onderwijskiezer", "NokNok");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"domain=XYZ|domain", "level=university|level", "age=veertien|age",
            "age=2|leeftijd", "kind=game|kind", "list=everyone|list"})
    void aBadFilterIsA400WithAJsonError(String query, String said) {
        HttpResponse<String> response = Staff.anonymous().get("/api/tools?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = ChatFixtures.json(response.body());
        assertThat(error.getString("error")).isEqualTo("invalid-filter");
        assertThat(error.getString("message")).containsIgnoringCase(said);
    }

    @Test
    void aToolHasItsOwnPageWithTheSixCriteria() {
        long id = get("/api/tools?q=geluksdriehoek").getJsonArray("tools").getJsonObject(0).getJsonNumber("id")
                .longValue();
        JsonObject tool = get("/api/tools/" + id);
        assertThat(tool.getString("name")).isEqualTo("Geluksdriehoek");
        JsonArray criteria = tool.getJsonObject("screening").getJsonArray("criteria");
        assertThat(criteria).hasSize(6);
        assertThat(criteria.getJsonObject(0).getString("label")).contains("inzetbaar");
        assertThat(criteria.getJsonObject(0).isNull("verdict")).isTrue();
    }

    @Test
    void anUnknownToolIsA404WithAJsonError() {
        for (String id : List.of("999999", "geen-nummer")) {
            HttpResponse<String> response = Staff.anonymous().get("/api/tools/" + id);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(ChatFixtures.json(response.body()).getString("error")).isEqualTo("unknown-tool");
        }
    }

    @Test
    void theFilteredCatalogueDownloadsAsCsv() {
        HttpResponse<String> response = Staff.anonymous().get("/api/tools.csv?kind=communication");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("hulpmiddelen.csv");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFnaam;webadres;beschrijving");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("Beeldbellen;");
        assertThat(Staff.anonymous().get("/api/tools.csv?level=xx").statusCode()).isEqualTo(400);
    }
}
