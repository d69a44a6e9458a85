package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page a person can reach, under axe (WCAG 2.1 A and AA, moderate violations and worse): the visitor's pages on
 * a phone, the login and error pages, every admin page as a coordinator, as a CLB's admin and as an admin. The chat page in each
 * state and the console with two chats are checked where those states are made (ChatBrowserIT, VisitorPhoneBrowserIT,
 * ConsoleBrowserIT, BoxBrowserIT, ...). All problems of all pages are reported at once.
 */
class AccessibilityIT {

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens each page, waits for its main content, and gathers what axe finds there. */
    private Map<String, List<String>> walk(List<String> pages) {
        WebDriverWait wait = Browser.waitFor(browser);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String page : pages) {
            browser.get(ItServer.baseUrl() + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            wait.until(driver -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.readyState")));
            List<String> found = Browser.accessibilityProblems(browser);
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
        }
        return problems;
    }

    @Test
    void theVisitorsPagesOnAPhone() {
        browser = Browser.start(Browser.PHONE);
        long tool = ChatFixtures.count("SELECT id FROM tool WHERE name = 'Onderwijskiezer'");
        assertThat(walk(List.of("/", "/chat.html", "/hulpmiddelen/", "/hulpmiddelen/?list=pupils&age=14",
                "/hulpmiddelen/hulpmiddel.html?id=" + tool, "/clb/demo-clb-noord/infoavond-studiekeuze",
                "/niet-gevonden.html", "/bestaat-niet"))).isEmpty();
    }

    @Test
    void theLoginPages() {
        browser = Browser.start(Browser.DESKTOP);
        assertThat(walk(List.of("/login.xhtml", "/login.xhtml?fout=1", "/login.xhtml?uitgelogd=1",
                "/admin/login.xhtml", "/admin/login.xhtml?fout=1", "/admin/login.xhtml?fout=wacht"))).isEmpty();
    }

    @Test
    void everyAdminPageOfACoordinator() {
        browser = Browser.start(Browser.DESKTOP);
        WebDriverWait wait = Browser.waitFor(browser);
        Browser.logInToAdmin(browser, wait, "/admin/", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(walk(List.of("/admin/", "/admin/openingsuren/regels.xhtml",
                "/admin/openingsuren/schoolvakanties.xhtml", "/admin/openingsuren/uitzonderingen.xhtml",
                "/admin/hulpmiddelen/index.xhtml", "/admin/hulpmiddelen/bewerk.xhtml",
                "/admin/hulpmiddelen/lijsten.xhtml", "/admin/rooster/index.xhtml", "/admin/rooster/operatoren.xhtml",
                "/admin/rooster/sjablonen.xhtml", "/admin/rooster/voorstel.xhtml", "/admin/clbs/index.xhtml",
                "/admin/themas/index.xhtml", "/admin/standaardteksten/index.xhtml", "/admin/nepoproepen/index.xhtml",
                "/admin/registraties/index.xhtml", "/admin/accounts/index.xhtml", "/admin/wachtwoord.xhtml",
                "/admin/statistieken/index.xhtml", "/admin/kwaliteit/chatscan.xhtml",
                "/admin/kwaliteit/beoordeling.xhtml?id=0", "/admin/gesprek.xhtml?chat=bestaat-niet"))).isEmpty();
    }

    @Test
    void theAuditLogOfAnAdmin() {
        browser = Browser.start(Browser.DESKTOP);
        WebDriverWait wait = Browser.waitFor(browser);
        Browser.logInToAdmin(browser, wait, "/admin/", "demo-admin", "demo-admin");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(walk(List.of("/admin/audit/index.xhtml"))).isEmpty();
    }

    @Test
    void everyAdminPageOfAClbsAdminAndTheRefusal() {
        browser = Browser.start(Browser.DESKTOP);
        WebDriverWait wait = Browser.waitFor(browser);
        Browser.logInToAdmin(browser, wait, "/admin/", "demo-noord-admin", "demo-noord-admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(walk(List.of("/admin/", "/admin/boxen/index.xhtml", "/admin/boxen/bewerk.xhtml",
                "/admin/accounts/index.xhtml", "/admin/registraties/index.xhtml", "/admin/wachtwoord.xhtml",
                "/admin/statistieken/index.xhtml", "/admin/boxen/gesprekken.xhtml",
                "/admin/openingsuren/regels.xhtml"))).isEmpty();
    }

    @Test
    void theOperatorsPages() {
        browser = Browser.start(Browser.DESKTOP);
        WebDriverWait wait = Browser.waitFor(browser);
        browser.get(ItServer.baseUrl() + "/operator/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys("demo-operator");
        browser.findElement(By.id("j_password")).sendKeys("demo-operator");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("availability")));
        assertThat(walk(List.of("/operator/", "/operator/shifts.html", "/operator/feedback.html", "/bord/"))).isEmpty();
    }
}
