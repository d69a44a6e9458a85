package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator keeps the themes (adds one, renames it, retires it, after which operators no longer get it) and the
 * canned texts.
 */
class ThemesBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start(Browser.DESKTOP);
        wait = Browser.waitFor(browser);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorAddsRenamesAndRetiresATheme() {
        String name = "Rouw " + (System.nanoTime() % 100_000);
        Browser.logInToAdmin(browser, wait, "/admin/themas/index.xhtml", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Thema's"));
        assertThat(browser.findElement(By.id("themes-form")).getText()).contains("Studiekeuze")
                .contains("Zelfmoordgedachten");
        Browser.assertNoAccessibilityProblems(browser);

        // Chosen through the menu's own widget: clicking its items proved unreliable in a busy headless run.
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.getWidgetById('theme-form:domain').selectValue('PSF');");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("theme-form:domain_label"), "Psychisch"));
        Browser.type(browser, "theme-form:name", name);
        browser.findElement(By.id("theme-form:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("themes-form"), name));
        assertThat(ChatFixtures.coordinator().get("/api/themes").body()).contains(name);
        browser.findElement(By.id("theme-form:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("theme-form"), "Geef het thema een naam"));

        browser.findElement(By.cssSelector("button[aria-label='" + name + " hernoemen']")).click();
        String renamed = name.replace("Rouw", "Rouw en verlies");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$='new-name']")));
        Browser.type(browser, browser.findElement(By.cssSelector("input[id$='new-name']")).getAttribute("id"), renamed);
        browser.findElement(By.cssSelector("button[id$=':rename']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("themes-form"), renamed));

        browser.findElement(By.cssSelector("button[aria-label='" + renamed + " niet meer aanbieden']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("button[aria-label='" + renamed + " weer aanbieden']")));
        assertThat(ChatFixtures.coordinator().get("/api/themes").body()).as("no longer offered").doesNotContain(renamed);
        Browser.assertNoAccessibilityProblems(browser);
    }

    @Test
    void aCoordinatorAddsACannedTextThatOperatorsFindAtOnce() {
        String title = "Terug naar school " + (System.nanoTime() % 100_000);
        Browser.logInToAdmin(browser, wait, "/admin/standaardteksten/index.xhtml", "demo-coordinator",
                "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Standaardteksten"));
        assertThat(browser.findElement(By.id("texts-form")).getText()).contains("Zelfmoordlijn 1813");
        browser.findElement(By.id("text-form:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("text-form"), "Geef een titel"));
        Browser.type(browser, "text-form:title", title);
        Browser.type(browser, "text-form:body", "Vraag op school naar je CLB-medewerker.");
        Browser.type(browser, "text-form:tags", "school, CLB");
        browser.findElement(By.id("text-form:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("texts-form"), title));
        assertThat(ChatFixtures.coordinator().get("/api/canned-texts?q=" + title.replace(" ", "%20")).body())
                .contains("Vraag op school naar je CLB-medewerker.");
        Browser.assertNoAccessibilityProblems(browser);
    }
}
