package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator adds a tool to the catalogue and to the pupils' list; a pupil finds it on the public page with the
 * filters; once archived, it is gone from the public pages.
 */
class ToolCatalogueBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void logIn() {
        browser = Browser.start(Browser.DESKTOP);
        wait = Browser.waitFor(browser);
        Browser.logInToAdmin(browser, wait, "/admin/hulpmiddelen/bewerk.xhtml", "demo-coordinator",
                "demo-coordinator");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tool-form:name")));
    }

    @AfterEach
    void close() {
        browser.quit();
    }


    private void check(String id) {
        browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private void save() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tool-form:save"))).click();
    }

    @Test
    void aCoordinatorAddsAToolThatPupilsFindUntilItIsArchived() {
        String name = "Slaapcoach " + UUID.randomUUID().toString().substring(0, 6);
        Browser.type(browser, "tool-form:name", name);
        Browser.type(browser, "tool-form:url", "www.zonder-https.example");
        Browser.type(browser, "tool-form:description", "Oefeningen om beter te slapen voor een toets.");
        check("tool-form:kind:0");
        check("tool-form:domains:1");
        check("tool-form:levels:1");
        Browser.type(browser, "tool-form:ageMin", "14");
        Browser.type(browser, "tool-form:ageMax", "12");
        check("tool-form:lists:1");
        save();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tool-form"),
                "De hoogste leeftijd is niet lager dan de laagste."));
        assertThat(browser.findElement(By.id("tool-form")).getText())
                .contains("Geef een volledig webadres dat begint met https:// of http://.");
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM tool WHERE name = ?", name)).as("nothing saved").isZero();

        Browser.type(browser, "tool-form:url", "https://www.example.org/slaapcoach");
        Browser.type(browser, "tool-form:ageMax", "18");
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Bewaard"));
        assertThat(ChatFixtures.text("SELECT changed_by FROM tool WHERE name = ?", name)).isEqualTo("demo-coordinator");

        browser.get(ItServer.baseUrl() + "/hulpmiddelen/?list=pupils&level=SO&domain=PSF&age=15");
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='tools']//a[normalize-space()='" + name + "']")));
        assertThat(browser.findElement(By.id("tool-count")).getText()).contains("gevonden");
        found.click();
        wait.until(ExpectedConditions.textToBe(By.id("tool-name"), name));
        assertThat(browser.findElement(By.id("last-screened")).getText()).isEqualTo("Nog niet beoordeeld.");
        String toolPage = browser.getCurrentUrl();

        browser.get(ItServer.baseUrl() + "/hulpmiddelen/?age=11&list=pupils");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tool-count"), "Geen"));
        Browser.assertNoAccessibilityProblems(browser);

        // The lists' order: the first tool of the staff list one place down, and back up again.
        browser.get(ItServer.baseUrl() + "/admin/hulpmiddelen/lijsten.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pupils-form"), name));
        assertThat(ToolsApiIT.names(ToolsApiIT.get("/api/tools?list=staff")).subList(0, 2))
                .containsExactly("m-Path", "Onderwijskiezer");
        browser.findElements(By.cssSelector("#staff-form .move-down")).get(0).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "bewaard"));
        assertThat(ToolsApiIT.names(ToolsApiIT.get("/api/tools?list=staff")).subList(0, 2))
                .containsExactly("Onderwijskiezer", "m-Path");
        wait.until(ExpectedConditions.elementToBeClickable(
                browser.findElements(By.cssSelector("#staff-form .move-up")).get(1))).click();
        wait.until(driver -> ToolsApiIT.names(ToolsApiIT.get("/api/tools?list=staff")).get(0).equals("m-Path"));

        browser.get(ItServer.baseUrl() + "/admin/hulpmiddelen/");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//a[normalize-space()='" + name + "']]")));
        row.findElement(By.cssSelector(".archive")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Gearchiveerd"));

        browser.get(ItServer.baseUrl() + "/hulpmiddelen/?list=pupils");
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("tool-count")), "textContent"));
        assertThat(browser.findElement(By.id("inhoud")).getText()).doesNotContain(name);
        browser.get(toolPage);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tool-error"),
                "Dit hulpmiddel bestaat niet (meer)."));

        // Archived is not deleted: put back, the tool is on the public pages again, as it was.
        browser.get(ItServer.baseUrl() + "/admin/hulpmiddelen/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//a[normalize-space()='" + name + "']]//button[contains(@class, 'restore')]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Teruggezet: het hulpmiddel staat weer op de publieke pagina's."));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//a[normalize-space()='" + name + "']]//button[contains(@class, 'archive')]")));
        browser.get(toolPage);
        wait.until(ExpectedConditions.textToBe(By.id("tool-name"), name));
        browser.get(ItServer.baseUrl() + "/hulpmiddelen/?list=pupils");
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("tool-count")), "textContent"));
        assertThat(browser.findElement(By.id("inhoud")).getText()).contains(name);
    }

    /** Two coordinators on one tool: the second save is refused, says why, and keeps what was typed. */
    @Test
    void aToolChangedMeanwhileIsNotOverwrittenAndTheFormKeepsWhatWasTyped() {
        long id = ChatFixtures.count("SELECT id FROM tool WHERE name = 'Onderwijskiezer'");
        String url = ChatFixtures.text("SELECT url FROM tool WHERE id = ?", id);
        browser.get(ItServer.baseUrl() + "/admin/hulpmiddelen/bewerk.xhtml?id=" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("tool-form:name"), "value", "Onderwijskiezer"));
        // Meanwhile a colleague saves the same tool (what their save does to the row: a new version).
        ChatFixtures.sql("UPDATE tool SET version = version + 1 WHERE id = ?", id);

        Browser.type(browser, "tool-form:url", "https://www.example.org/onderwijskiezer-nieuw");
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Iemand anders heeft dit hulpmiddel intussen gewijzigd. Open het opnieuw en pas het dan aan."));
        assertThat(browser.findElement(By.id("tool-form:url")).getAttribute("value"))
                .isEqualTo("https://www.example.org/onderwijskiezer-nieuw");
        assertThat(ChatFixtures.text("SELECT url FROM tool WHERE id = ?", id)).as("the colleague's stays")
                .isEqualTo(url);
    }

    @Test
    void aSeededToolIsSavedUnchangedAndTheListSaysWhatIsStillMissing() {
        long id = ChatFixtures.count("SELECT id FROM tool WHERE name = 'NokNok'");
        browser.get(ItServer.baseUrl() + "/admin/hulpmiddelen/bewerk.xhtml?id=" + id);
        wait.until(ExpectedConditions.attributeToBe(By.id("tool-form:name"), "value", "NokNok"));
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Bewaard"));
        browser.get(ItServer.baseUrl() + "/admin/hulpmiddelen/index.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//a[normalize-space()='NokNok']]")));
        assertThat(row.getText()).contains("aan te vullen: webadres, beschrijving, screening");
        Browser.assertNoAccessibilityProblems(browser);

        browser.get(ItServer.baseUrl() + "/hulpmiddelen/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screened-note"), "beoordeeld"));
        long active = ChatFixtures.count("SELECT COUNT(*) FROM tool WHERE status = 'ACTIVE'");
        long screened = ChatFixtures.count("SELECT COUNT(*) FROM tool WHERE status = 'ACTIVE' AND screened_on IS NOT NULL");
        assertThat(browser.findElement(By.id("screened-note")).getText()).as("says truthfully what is screened")
                .startsWith(screened == 0 ? "Nog geen enkel hulpmiddel hieronder is beoordeeld"
                        : screened + " van de " + active + " hulpmiddelen zijn al beoordeeld");
        boolean pupilsListHasTools = ChatFixtures.count("SELECT COUNT(*) FROM tool_list_entry e"
                + " JOIN tool t ON t.id = e.tool_id WHERE e.list_code = 'PUPILS' AND t.status = 'ACTIVE'") > 0;
        assertThat(browser.findElement(By.id("list-link-pupils")).isDisplayed()).isEqualTo(pupilsListHasTools);
    }
}
