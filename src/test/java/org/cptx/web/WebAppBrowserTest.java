package org.cptx.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: Debian's headless Chromium driven through chromedriver against the
 * test server. Skipped where Chromium or chromedriver is not installed ({@code apt-get install
 * chromium chromium-driver}; {@code .ci/run} installs them). Screenshots go to {@code
 * target/screenshots/}.
 */
@RunningServer
class WebAppBrowserTest {

  static final File CHROMIUM = Browser.CHROMIUM;
  static final File CHROMEDRIVER = Browser.CHROMEDRIVER;
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);

  static Browser browser;
  static ChromeDriver driver;
  static String root;
  static TestServer server;

  @BeforeAll
  static void startBrowser(TestServer testServer) throws IOException {
    if (!browserInstalled()) {
      return; // each test is skipped with the message below
    }
    server = testServer;
    root = testServer.base().replaceFirst("/fhir$", "/");
    browser = Browser.start();
    driver = browser.driver;
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
      browser = null;
      driver = null;
    }
  }

  static boolean browserInstalled() {
    return Browser.installed();
  }

  @BeforeEach
  void desktop() {
    Assumptions.assumeTrue(
        browserInstalled(),
        "browser test skipped: no "
            + CHROMIUM
            + " or "
            + CHROMEDRIVER
            + "; install Debian's packages with: apt-get install -y chromium chromium-driver");
    driver.manage().window().setSize(DESKTOP);
  }

  // ---- search
  // -------------------------------------------------------------------------------------------------

  @Test
  void searchByWordsFindsTheCodeAndOpensItsPage() throws IOException {
    driver.get(root);
    WebElement input = waitFor(By.id("search-input"));
    input.sendKeys("cryoablation", Keys.ENTER);
    WebElement result = waitFor(By.cssSelector(".results a.result[data-code='47383']"));
    assertThat(result.getText())
        .contains("47383", "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation", "CPT");
    assertThat(driver.getCurrentUrl()).endsWith("/?q=cryoablation");
    screenshot("search-cryoablation");

    result.click();
    waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    assertThat(driver.getCurrentUrl()).endsWith("/?code=47383");
    assertThat(text(By.cssSelector(".code-head h1"))).startsWith("47383");
  }

  @Test
  void searchByCodeFindsTheCode() {
    driver.get(root + "?q=47383");
    WebElement result = waitFor(By.cssSelector(".results a.result[data-code='47383']"));
    assertThat(result.getAttribute("href")).endsWith("?code=47383");
    assertThat(text(By.cssSelector(".search-view .count"))).isEqualTo("1 code");
  }

  @Test
  void searchWithNoMatchSaysSo() {
    driver.get(root + "?q=" + enc("zzqqxxnothing"));
    assertThat(waitFor(By.cssSelector("[data-state='empty']")).getText())
        .contains("No CPT or HCPCS code matches");
  }

  @Test
  void keyboardAlone() {
    driver.get(root);
    waitFor(By.cssSelector(".intro h1"));
    driver.findElement(By.tagName("body")).sendKeys("/");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
    driver.switchTo().activeElement().sendKeys("47383", Keys.ENTER);
    waitFor(By.cssSelector(".results a.result[data-code='47383']"));
    // the results heading takes focus; the next Tab reaches the first result
    waitUntil(d -> "H1".equals(d.switchTo().activeElement().getTagName().toUpperCase()));
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("data-code")).isEqualTo("47383");
    focused.sendKeys(Keys.ENTER);
    waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    assertThat(driver.getCurrentUrl()).endsWith("/?code=47383");
  }

  // ---- the code page
  // ------------------------------------------------------------------------------------------

  @Test
  void codePageShowsTheCodeAsTheServerDescribesIt() {
    driver.get(root + "?code=47383");
    waitFor(By.cssSelector(".code-page[data-loaded='true']"));

    assertThat(descriptor("long"))
        .isEqualTo("Ablation, 1 or more liver tumor(s), percutaneous, cryoablation");
    assertThat(descriptor("med")).isEqualTo("ABLATION 1/> LIVER TUMOR PERQ CRYOABLATION");
    assertThat(descriptor("short")).isEqualTo("PERQ ABLTJ LVR CRYOABLATION");
    assertThat(text(By.cssSelector("[data-field='lay']")))
        .startsWith("Cryoablation is a medical procedure");

    WebElement globalDays = driver.findElement(By.cssSelector("tr[data-property='global-days']"));
    assertThat(globalDays.findElement(By.tagName("th")).getText()).isEqualTo("Global days");
    assertThat(globalDays.findElement(By.cssSelector(".ind-code")).getText()).isEqualTo("010");
    assertThat(globalDays.findElement(By.cssSelector(".ind-meaning")).getText())
        .isEqualTo("Minor Procedure");
    assertThat(driver.findElements(By.cssSelector("table.indicators tbody tr")))
        .hasSizeGreaterThanOrEqualTo(15);

    List<String> modifiers =
        driver.findElements(By.cssSelector(".modifiers li")).stream()
            .map(li -> li.getAttribute("data-modifier"))
            .toList();
    assertThat(modifiers).contains("22", "51", "53", "54", "LT", "XS");
    WebElement m51 = driver.findElement(By.cssSelector(".modifiers li[data-modifier='51']"));
    assertThat(m51.findElement(By.cssSelector(".mod-name")).getText())
        .isEqualTo("Multiple Procedures");
    assertThat(m51.findElement(By.cssSelector(".mod-def")).getText())
        .startsWith("Multiple procedures: When multiple");
    WebElement lt = driver.findElement(By.cssSelector(".modifiers li[data-modifier='LT']"));
    assertThat(lt.getText()).contains("Left side", "HCPCS");

    List<WebElement> events = driver.findElements(By.cssSelector(".timeline li"));
    assertThat(events).hasSize(2);
    assertThat(events.get(0).getText())
        .contains("2017-01-01", "Changed", "Moderate (Conscious) Sedation flag removed");
    assertThat(events.get(1).getText()).contains("2015-01-01", "Added");

    assertThat(text(By.cssSelector("[data-field='version']"))).isEqualTo("Version 2025");
    assertThat(text(By.cssSelector("[data-field='copyright']")))
        .startsWith("CPT © Copyright 2025 American Medical Association. All rights reserved.");
    assertThat(driver.getTitle()).startsWith("47383");
    screenshot("code-47383-desktop");
  }

  @Test
  void rawViewShowsTheFhirResponseAndACurlLine() {
    driver.get(root + "?code=47383");
    waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    WebElement raw = driver.findElement(By.cssSelector(".code-page details.raw"));
    raw.findElement(By.tagName("summary")).click();
    WebElement first = raw.findElement(By.cssSelector(".exchange"));
    String curl = first.findElement(By.cssSelector("pre.curl")).getText();
    assertThat(curl).startsWith("curl ").contains("/fhir/CodeSystem/$lookup?", "code=47383");
    String json = first.findElement(By.cssSelector("pre.json")).getText();
    Parameters shown =
        FhirContext.forR4Cached().newJsonParser().parseResource(Parameters.class, json);
    assertThat(shown.getParameter("code").getValue().primitiveValue()).isEqualTo("47383");
    assertThat(first.findElement(By.cssSelector(".status")).getText()).isEqualTo("HTTP 200");
    // the curl line's URL gives the same answer when asked directly
    java.util.regex.Matcher url = java.util.regex.Pattern.compile("'(http[^']+)'").matcher(curl);
    assertThat(url.find()).as("a quoted URL in %s", curl).isTrue();
    assertThat(url.group(1)).startsWith(server.base() + "/");
    HttpResponse<String> direct = server.get(url.group(1).substring(server.base().length() + 1));
    assertThat(direct.statusCode()).isEqualTo(200);
    Parameters fetched =
        FhirContext.forR4Cached().newJsonParser().parseResource(Parameters.class, direct.body());
    assertThat(fetched.getParameter("display").getValue().primitiveValue())
        .isEqualTo(shown.getParameter("display").getValue().primitiveValue());
    // the ConceptMap read and the modifier lookups are listed too
    assertThat(
            raw.findElements(By.cssSelector(".exchange pre.curl")).stream()
                .map(WebElement::getText))
        .anyMatch(c -> c.contains("/fhir/ConceptMap?url="));
    screenshot("code-47383-raw");
  }

  @Test
  void unknownCodeShowsNotFound() {
    driver.get(root + "?code=00000");
    WebElement state = waitFor(By.cssSelector("[data-state='not-found']"));
    assertThat(state.findElement(By.tagName("h1")).getText()).isEqualTo("00000 was not found");
    HttpResponse<String> direct =
        server.get("CodeSystem/$lookup?system=" + enc(TestContent.CPT) + "&code=00000");
    assertThat(direct.statusCode()).isEqualTo(404);
    OperationOutcome outcome =
        (OperationOutcome) FhirContext.forR4Cached().newJsonParser().parseResource(direct.body());
    assertThat(state.findElement(By.cssSelector(".issue-text")).getText())
        .isEqualTo(outcome.getIssueFirstRep().getDetails().getText());
    screenshot("code-not-found");
  }

  @Test
  void refusedRequestShowsTheServerError() {
    String tooLong = "9".repeat(5000);
    driver.get(root + "?code=" + tooLong);
    WebElement state = waitFor(By.cssSelector("[data-state='error']"));
    assertThat(state.getAttribute("role")).isEqualTo("alert");
    assertThat(state.findElement(By.tagName("h2")).getText()).contains("HTTP 400");
    assertThat(state.findElement(By.tagName("button")).getText()).isEqualTo("Try again");
  }

  @Test
  void readableOnAPhone() {
    driver.manage().window().setSize(PHONE);
    driver.get(root + "?code=47383");
    waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    Number overflow =
        (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    viewportShot("code-47383-phone-first-screen");
    screenshot("code-47383-phone");
  }

  // ---- expression checker
  // -------------------------------------------------------------------------------------

  @Test
  void checkerShowsTheServersVerdictForAnExpression() {
    checkShowsServerAnswer("47383:51:LT");
    screenshot("checker-47383-51-LT");
  }

  @Test
  void checkerShowsEachErrorOnce() {
    checkShowsServerAnswer("47383:50");
    List<String> shown =
        driver
            .findElements(
                By.cssSelector("#checker-result .issue-text, #checker-result .check-message"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shown).hasSize(2).doesNotHaveDuplicates();
    screenshot("checker-47383-50");
  }

  @Test
  void checkerShowsTheServersVerdictForAPlainCode() {
    checkShowsServerAnswer("47383");
  }

  private void checkShowsServerAnswer(String expression) {
    driver.get(root);
    WebElement input = waitFor(By.id("checker-input"));
    input.sendKeys(expression, Keys.ENTER);
    // each issue once: the message that repeats them is not shown beside them
    WebElement verdict = waitFor(By.cssSelector("#checker-result .verdict"));

    HttpResponse<String> direct =
        server.get(
            "CodeSystem/$validate-code?url=" + enc(TestContent.CPT) + "&code=" + enc(expression));
    assertThat(direct.statusCode()).isEqualTo(200);
    Parameters answer =
        FhirContext.forR4Cached().newJsonParser().parseResource(Parameters.class, direct.body());
    boolean result = ((BooleanType) answer.getParameter("result").getValue()).booleanValue();

    assertThat(verdict.getAttribute("data-result")).isEqualTo(String.valueOf(result));
    assertThat(verdict.findElement(By.cssSelector(".verdict-text")).getText())
        .isEqualTo(result ? "Valid" : "Not valid");
    assertThat(verdict.findElement(By.tagName("code")).getText()).isEqualTo(expression);
    List<String> expectedIssues =
        answer.getParameter().stream()
            .filter(p -> p.getName().equals("issues"))
            .flatMap(p -> ((OperationOutcome) p.getResource()).getIssue().stream())
            .map(i -> i.getDetails().getText())
            .toList();
    // the message is shown only where it says more than the issues (cptx's message joins their
    // texts)
    List<WebElement> message =
        driver.findElements(By.cssSelector("#checker-result .check-message"));
    String said =
        answer.hasParameter("message")
            ? answer.getParameter("message").getValue().primitiveValue()
            : null;
    if (said != null
        && !said.equals(String.join("; ", expectedIssues))
        && !expectedIssues.contains(said)) {
      assertThat(message).hasSize(1);
      assertThat(message.get(0).getText()).isEqualTo(said);
    } else {
      assertThat(message).isEmpty();
    }
    List<String> shownIssues =
        driver.findElements(By.cssSelector("#checker-result .issue .issue-text")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shownIssues).containsExactlyElementsOf(expectedIssues);
    assertThat(driver.getCurrentUrl()).contains("check=" + enc(expression));
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------------

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void waitUntil(
      java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
  }

  private static String text(By by) {
    return driver.findElement(by).getText();
  }

  private static String descriptor(String use) {
    return text(By.cssSelector("[data-descriptor='" + use + "']"));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** What the window shows, as a PNG. */
  private static void viewportShot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A full-page PNG in target/screenshots. */
  private static void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), Browser.fullPage(driver, 8000));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
