package org.cptx.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Release changes between two synthetic CPT versions, and the claim check against the server's own
 * answers.
 */
class WebAppReleaseClaimTest extends PageTestBase {

  @Test
  void releaseChangesBetweenTwoPickedVersions() {
    open("?changes");
    browser.waitFor(By.cssSelector(".changes-body[data-loaded='true']"));
    new Select(browser.driver.findElement(By.id("changes-from"))).selectByValue("2023-synthetic");
    new Select(browser.driver.findElement(By.id("changes-to"))).selectByValue("2024-synthetic");
    browser.driver.findElement(By.cssSelector(".changes-form button")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("from=2023-synthetic&to=2024-synthetic"));
    WebElement summary =
        browser.waitFor(By.cssSelector(".changes-body[data-loaded='true'] .summary"));
    assertThat(summary.getText())
        .isEqualTo(
            "2023-synthetic → 2024-synthetic: 2 codes added, 2 codes deleted, 1 code changed.");
    assertThat(codes("added")).containsExactly("0991T", "47996");
    assertThat(codes("deleted")).containsExactly("0990T", "47990");
    assertThat(codes("changed")).containsExactly("47995");

    WebElement deleted = row("deleted", "47990");
    assertThat(deleted.findElement(By.cssSelector("td:nth-of-type(2) a")).getText())
        .isEqualTo("47996");
    assertThat(deleted.getText()).contains("2024-01-01: Deleted. To report, use 47996");
    WebElement changed = row("changed", "47995");
    assertThat(changed.findElements(By.tagName("td")))
        .extracting(WebElement::getText)
        .startsWith(
            "Invented liver repair, old wording (invented for cptx tests, not CPT)",
            "Invented liver repair, new wording (invented for cptx tests, not CPT)");
    assertThat(row("added", "47996").findElement(By.cssSelector("th a")).getAttribute("href"))
        .endsWith("?code=47996&version=2024-synthetic");
    browser.screenshot("release-changes", true);

    new Select(browser.driver.findElement(By.id("changes-section"))).selectByValue("category-3");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("&section=category-3"));
    assertThat(browser.text(By.cssSelector(".summary")))
        .contains("1 code added, 1 code deleted, 0 codes changed in this section");
    assertThat(codes("added")).containsExactly("0991T");
    assertThat(csv().replace("\r\n", "\n"))
        .isEqualTo(
            "change,code,section,before,after,replaced by,history\n"
                + "added,0991T,Category III (emerging technology),,"
                + "\"Invented emerging technology service, revised (invented for cptx tests, not CPT)\",,2024-01-01: Added\n"
                + "deleted,0990T,Category III (emerging technology),"
                + "\"Invented emerging technology service (invented for cptx tests, not CPT)\",,,\n");
  }

  @Test
  void aDeletedCodeOpensInItsOwnVersion() {
    open("?changes&from=2023-synthetic&to=2024-synthetic");
    browser.waitFor(By.cssSelector(".changes-body[data-loaded='true']"));
    row("deleted", "0990T").findElement(By.cssSelector("th a")).click();
    browser.waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    assertThat(browser.text(By.cssSelector("[data-field='version']")))
        .isEqualTo("Version 2023-synthetic");
    assertThat(browser.text(By.cssSelector(".code-page .crumbs")))
        .contains("Category III (emerging technology)");
  }

  @Test
  void claimLinesCheckedAsTheServerAnswers() throws Exception {
    open("?claim");
    browser.waitFor(By.id("claim-sample")).click();
    browser.waitFor(By.cssSelector("#claim-result[data-loaded='true']"));
    List<WebElement> lines = browser.driver.findElements(By.cssSelector(".claim-line"));
    assertThat(lines)
        .extracting(l -> l.getAttribute("data-verdict"))
        .containsExactly("valid", "warning", "invalid", "skipped");
    assertLineAsServer(lines.get(0), "47383:51:LT", 1);
    assertLineAsServer(lines.get(1), "47383", 2);
    assertLineAsServer(lines.get(2), "47383:62", 1);
    assertThat(lines.get(3).getText()).contains("HCPCS GC", "Not checked: not a CPT code");
    assertThat(browser.text(By.cssSelector(".claim-summary")))
        .startsWith("4 lines: 1 valid, 1 with warnings, 1 not valid, 1 not CPT");
    browser.screenshot("claim-check", true);
    browser.driver.manage().window().setSize(Browser.PHONE);
    try {
      assertThat(browser.horizontalOverflow())
          .as("the checked claim at phone width")
          .isLessThanOrEqualTo(0);
    } finally {
      browser.driver.manage().window().setSize(Browser.DESKTOP);
    }
  }

  @Test
  void claimLinesTypedByKeyboardAndTheEmptyAndUnreadableStates() {
    open("?claim");
    WebElement heading = browser.waitFor(By.cssSelector(".claim-view h1"));
    browser
        .driver
        .findElement(By.id("claim-input"))
        .sendKeys("47383:51 1" + Keys.ENTER + "47383:51:51 1");
    browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Check claim");
    focused.sendKeys(Keys.ENTER);
    browser.waitFor(By.cssSelector("#claim-result[data-loaded='true']"));
    assertThat(browser.driver.findElements(By.cssSelector(".claim-line")))
        .extracting(l -> l.getAttribute("data-verdict"))
        .containsExactly("valid", "invalid");
    assertThat(heading.getText()).isEqualTo("Claim check");

    browser.driver.findElement(By.id("claim-input")).clear();
    browser.driver.findElement(By.cssSelector("#claim-form button[type='submit']")).click();
    assertThat(browser.waitFor(By.cssSelector("#claim-result [data-state='empty']")).getText())
        .startsWith("No claim lines");
    browser.driver.findElement(By.id("claim-input")).sendKeys("{\"resourceType\": \"Patient\"}");
    browser.driver.findElement(By.cssSelector("#claim-form button[type='submit']")).click();
    WebElement error = browser.waitFor(By.cssSelector("#claim-result [data-state='error']"));
    assertThat(error.getText()).contains("Expected a FHIR Claim, found a Patient");
  }

  private static void assertLineAsServer(WebElement line, String expression, int units)
      throws Exception {
    Parameters answer =
        FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(
                Parameters.class,
                fhirGet(
                    "CodeSystem/$validate-code?url="
                        + URLEncoder.encode(
                            "http://www.ama-assn.org/go/cpt", StandardCharsets.UTF_8)
                        + "&code="
                        + URLEncoder.encode(expression, StandardCharsets.UTF_8)
                        + "&units="
                        + units));
    List<String> expected =
        answer.getParameter().stream()
            .filter(p -> p.getName().equals("issues"))
            .flatMap(p -> ((OperationOutcome) p.getResource()).getIssue().stream())
            .map(i -> i.getSeverity().toCode() + " " + i.getDetails().getText())
            .toList();
    List<String> shown =
        line.findElements(By.cssSelector(".issue")).stream()
            .map(
                i ->
                    i.findElement(By.cssSelector(".severity")).getText().toLowerCase()
                        + " "
                        + i.findElement(By.cssSelector(".issue-text")).getText())
            .toList();
    assertThat(shown).as("issues of %s", expression).containsExactlyElementsOf(expected);
    assertThat(line.findElement(By.cssSelector(".code")).getText()).isEqualTo(expression);
  }

  private static List<String> codes(String change) {
    return browser.driver.findElements(By.cssSelector("tr[data-change='" + change + "']")).stream()
        .map(r -> r.getAttribute("data-code"))
        .toList();
  }

  private static WebElement row(String change, String code) {
    return browser.driver.findElement(
        By.cssSelector("tr[data-change='" + change + "'][data-code='" + code + "']"));
  }

  /** The CSV behind the download link, read in the page. */
  private static String csv() {
    return (String)
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('changes-csv').href).then(r => r.text()).then(done);");
  }
}
