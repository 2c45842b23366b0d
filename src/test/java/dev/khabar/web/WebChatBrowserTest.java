package dev.khabar.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page in a real browser, against the service under test. */
@QuarkusTest
class WebChatBrowserTest {

    static final String WORRIED = "why is the US worried";
    static ChromeDriver driver;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void openBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void load() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(page.toString());
        // each test starts a conversation of its own
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
    }

    @AfterEach
    void screenshot(TestInfo test) {
        Browser.screenshot(driver, test.getTestMethod().orElseThrow().getName());
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    WebElement ask(String question) {
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question, Keys.ENTER);
        return waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".turn.bot:not(.pending), .turn.error")));
    }

    @Test
    void aStreamedAnswerOpensItsSourceWithTheSnippetHighlighted() {
        String snippet = given().contentType("application/json").body("{\"question\":\"" + WORRIED + "\"}")
                .when().post("/api/chat").then().statusCode(200).extract().path("citations[0].snippet");
        String documentId = given().contentType("application/json").body("{\"question\":\"" + WORRIED + "\"}")
                .when().post("/api/chat").then().extract().path("citations[0].documentId");

        WebElement answer = ask(WORRIED);
        assertTrue(answer.getAttribute("class").contains("bot"), answer.getText());
        List<WebElement> cites = answer.findElements(By.cssSelector("button.cite"));
        assertTrue(cites.size() >= 1, "citation markers are buttons");
        assertEquals("[1]", cites.get(0).getText());

        cites.get(0).click();
        WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source mark")));
        assertEquals(snippet, mark.getText().strip());
        assertTrue(mark.getText().codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F), "Devanagari snippet");
        assertTrue(driver.findElement(By.id("source-meta")).getText().contains(documentId));
        assertTrue(driver.findElements(By.cssSelector("#articles li button")).size() >= 5, "ingested articles listed");

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("source")));
        assertEquals("[1]", driver.switchTo().activeElement().getText(), "focus returns to the citation");
    }

    @Test
    void aRefusalIsStyledAsNotInTheArticles() {
        WebElement answer = ask("Who won the 2023 Cricket World Cup?");
        assertTrue(answer.getAttribute("class").contains("refusal"), answer.getAttribute("class"));
        assertTrue(answer.getText().contains("Not in the articles"));
        assertTrue(answer.findElements(By.cssSelector("button.cite")).isEmpty());
    }

    @Test
    void aRejectedQuestionShowsTheServiceError() {
        // The text box stops typing at 2,000 characters; a client can still send more, and must see why it failed.
        driver.executeScript("document.getElementById('question').removeAttribute('maxlength');"
                + "document.getElementById('question').value = 'क'.repeat(2500);");
        driver.findElement(By.id("send")).click();
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".turn.error")));
        assertTrue(error.getText().contains("(400)"), error.getText());
        assertTrue(error.getText().contains("2000") || error.getText().contains("2,000"), error.getText());
    }

    @Test
    void anUnreachableServiceIsExplained() {
        driver.executeScript("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
        WebElement error = ask("kim kab aaye?");
        assertTrue(error.getText().contains("not reachable"), error.getText());
    }

    @Test
    void thePageWorksOnAPhoneAndByKeyboard() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        WebElement box = driver.findElement(By.id("question"));
        assertTrue(box.isDisplayed());
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no sideways scrolling on a phone");

        // keyboard only: from the top, Tab reaches the skip link, which leads to the question box
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("Skip to the question box", driver.switchTo().activeElement().getText());
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        driver.switchTo().activeElement().sendKeys("पुतिन उत्तर कोरिया कब जाएंगे?", Keys.ENTER);
        WebElement answer = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".turn.bot:not(.pending)")));
        assertTrue(answer.findElements(By.cssSelector("button.cite")).size() >= 1, answer.getText());
    }
}
