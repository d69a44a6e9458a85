package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The coordination team's CLB list: a CSV with one bad row imports nothing and says which row; a good one imports. */
class ClbsBrowserIT {

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
    void aCsvWithABadRowImportsNothingAndTheReportNamesTheRow() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        Path bad = Files.createTempFile("clbs-", ".csv");
        Files.writeString(bad, "naam;net;gemeente\nCLB Browser " + suffix + ";OVSG;Hasselt\n"
                + "CLB Zonder Net " + suffix + ";;Genk\n", StandardCharsets.UTF_8);

        Browser.logInToAdmin(browser, wait, "/admin/clbs/index.xhtml", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "CLB's"));
        assertThat(browser.findElement(By.id("clbs-form")).getText()).contains("Demo-CLB Noord")
                .contains("Demo-CLB Zuid").contains("demo");
        Browser.assertNoAccessibilityProblems(browser);

        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
        browser.findElement(By.id("import-form:import")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-form:report")));
        String report = browser.findElement(By.id("import-form:report")).getText();
        assertThat(report).contains("Niets ingelezen").contains("CLB Zonder Net " + suffix).contains("fout")
                .contains("Kies het net");
        assertThat(browser.findElement(By.id("clbs-form")).getText()).doesNotContain("CLB Browser " + suffix);
        Browser.assertNoAccessibilityProblems(browser);

        Path good = Files.createTempFile("clbs-", ".csv");
        Files.writeString(good, "naam;net;gemeente\nCLB Browser " + suffix + ";OVSG;Hasselt\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(good.toString());
        browser.findElement(By.id("import-form:import")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clbs-form"), "CLB Browser " + suffix));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Ingelezen: 1 nieuw");
    }
}
