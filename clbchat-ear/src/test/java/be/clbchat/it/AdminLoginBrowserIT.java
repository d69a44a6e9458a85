package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator's or admin's way in: the login page, then the PrimeFaces dashboard. */
class AdminLoginBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(Browser.DESKTOP);
        wait = Browser.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void logIn(String username, String password) {
        Browser.logInToAdmin(browser, wait, "/admin/", username, password);
    }

    @Test
    void theDemoAdminLogsInAndSeesTheDashboard() {
        logIn("demo-admin", "demo-admin");

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(browser.findElement(By.cssSelector("[id$='role-counts']")).getText())
                .contains("Beheerders").contains("Chatmedewerkers");
        assertThat(browser.findElement(By.cssSelector("[id$='lines']")).getText())
                .contains("clbchat").contains("CLBch@t").contains("Europe/Brussels");
        assertThat(browser.findElement(By.cssSelector(".admin-header")).getText()).contains("demo-admin");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndNoDashboard() {
        logIn("demo-admin", "dit-is-fout");

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText())
                .isEqualTo("Die gebruikersnaam of dat wachtwoord klopt niet. Probeer opnieuw.");
        assertThat(browser.getPageSource()).doesNotContain("Accounts per rol");
    }

    @Test
    void loggingOutLeadsBackToTheLoginPage() {
        logIn("demo-admin", "demo-admin");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));

        browser.findElement(By.cssSelector("[id$='logout']")).click();

        wait.until(ExpectedConditions.urlContains("uitgelogd=1"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Je bent afgemeld.");
        browser.get(ItServer.baseUrl() + "/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
    }
}
