package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator on a phone signs up for a block, sees it among their shifts, and gets their calendar address. */
class OperatorShiftsBrowserIT {

    private WebDriver phone;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        ShiftFixtures.noSchedule();
        phone = Browser.start(Browser.PHONE);
        wait = Browser.waitFor(phone);
    }

    @AfterEach
    void close() {
        phone.quit();
    }

    @Test
    void signUpFromThePhoneAndGetTheCalendarAddress() {
        ShiftFixtures.operator("it-shifts-lien", "VERPLEEGKUNDIGE", 3);
        long id = ShiftFixtures.eveningBlock(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(8), 3, 2, 4, true);
        long soon = ShiftFixtures.block(java.time.Duration.ofHours(3), 3, 2, 4, false);

        phone.get(ItServer.baseUrl() + "/operator/shifts.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys("it-shifts-lien");
        phone.findElement(By.id("j_password")).sendKeys(ShiftFixtures.PASSWORD);
        phone.findElement(By.cssSelector("form button[type=submit]")).click();

        By block = By.cssSelector("#days li[data-block='" + id + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(block, "0 van 2 nodig (max 4)"));
        assertThat(phone.findElement(By.id("mine-empty")).isDisplayed()).isTrue();
        WebElement tooLate = phone.findElement(By.cssSelector("#days li[data-block='" + soon + "']"));
        assertThat(tooLate.findElements(By.tagName("button"))).as("within the cut-off").isEmpty();
        assertThat(tooLate.getText()).contains("Inschrijven of uitschrijven kan tot 48 uur voor het begin van een blok."
                + " Neem contact op met de coördinatie.");
        Browser.assertNoAccessibilityProblems(phone);

        phone.findElement(block).findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shifts-status"), "Je bent ingeschreven"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), "Jij staat erop."));
        assertThat(phone.findElement(block).getText()).contains("1 van 2 nodig (max 4), arts/verpleegkundige aanwezig");
        assertThat(phone.findElement(block).findElement(By.tagName("button")).getText()).isEqualTo("Uitschrijven");

        phone.findElement(By.id("calendar-new")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-link")));
        String url = phone.findElement(By.id("calendar-link")).getAttribute("value");
        assertThat(phone.findElement(By.id("calendar-subscribe")).getAttribute("href"))
                .as("one tap subscribes in the phone's agenda").isEqualTo(url.replaceFirst("^https?:", "webcal:"));
        phone.findElement(By.id("calendar-copy")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shifts-status"), "opie"));
        if (phone.findElement(By.id("shifts-status")).getText().startsWith("Gekopieerd")) {
            assertThat(phone.findElement(By.id("calendar-copy")).getText()).isEqualTo("Gekopieerd ✓");
        } else {
            // No clipboard here: the whole address is selected, ready for Ctrl+C.
            assertThat(((org.openqa.selenium.JavascriptExecutor) phone).executeScript("const f = document"
                    + ".getElementById('calendar-link'); return document.activeElement === f && f.selectionStart === 0"
                    + " && f.selectionEnd === f.value.length && f.value.length > 20;")).isEqualTo(true);
        }
        assertThat(phone.findElements(By.cssSelector("form[action='/uitloggen'] button"))).as("log-out here too")
                .hasSize(1);
        assertThat(url).startsWith(ItServer.baseUrl() + "/api/calendar/").endsWith(".ics");
        assertThat(Staff.anonymous().get(url.substring(ItServer.baseUrl().length())).body())
                .contains("UID:shift-" + id + "-");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-revoke")));
        Browser.assertNoAccessibilityProblems(phone);
    }
}
