package org.cptx.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Home (what the server holds), CPT by section, the code page's section and modifier links, and
 * their states.
 */
class WebAppPagesTest extends PageTestBase {

  @org.junit.jupiter.api.Test
  void homeShowsWhatTheServerHoldsCptFirst() throws Exception {
    open("");
    browser.waitFor(By.cssSelector(".home[data-loaded='true']"));
    List<WebElement> systems = browser.driver.findElements(By.cssSelector("section.system"));
    assertThat(systems.get(0).getAttribute("data-system"))
        .isEqualTo("http://www.ama-assn.org/go/cpt");
    assertThat(systems)
        .extracting(s -> s.getAttribute("data-system"))
        .contains(
            "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            "http://cptx.org/fhir/CodeSystem/cpt-sections");
    WebElement cpt = systems.get(0);
    assertThat(cpt.findElements(By.cssSelector("tbody tr")))
        .extracting(r -> r.getAttribute("data-version"))
        .containsExactly("2023-synthetic", "2024-synthetic", "2025");
    WebElement v2025 = cpt.findElement(By.cssSelector("tr[data-version='2025']"));
    assertThat(v2025.findElement(By.cssSelector("[data-field='count']")).getText()).isEqualTo("7");
    assertThat(v2025.findElement(By.cssSelector("[data-field='content']")).getText())
        .isEqualTo("not-present");
    assertThat(v2025.getText()).contains("Default");
    assertThat(cpt.findElement(By.linkText("Browse CPT by section")).getAttribute("href"))
        .endsWith("?sections");
    String software =
        fhirGet("metadata")
            .replaceAll(
                "(?s).*\"software\"\\s*:\\s*\\{[^}]*\"version\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    assertThat(browser.text(By.cssSelector("[data-field='software']")))
        .isEqualTo("cptx " + software);
    assertThat(browser.text(By.cssSelector("[data-field='access']")))
        .isEqualTo("Open: no token needed");
    browser.screenshot("home", true);
  }

  @org.junit.jupiter.api.Test
  void sectionsWithCountsAndAPagedSectionList() {
    open("?sections");
    browser.waitFor(By.cssSelector(".sections-view[data-loaded='true']"));
    List<String> sections =
        browser.driver.findElements(By.cssSelector("table.sections tbody tr")).stream()
            .map(r -> r.getAttribute("data-section"))
            .toList();
    assertThat(sections)
        .startsWith("evaluation-management", "anesthesia", "surgery")
        .contains(
            "surgery-digestive",
            "radiology",
            "pathology-laboratory",
            "medicine",
            "category-2",
            "category-3",
            "pla");
    assertThat(row("surgery").getAttribute("data-count")).isEqualTo("1");
    assertThat(row("surgery-digestive").getAttribute("data-count")).isEqualTo("1");
    assertThat(row("radiology").getAttribute("data-count")).isEqualTo("0");
    browser.screenshot("sections", true);

    row("surgery-digestive").findElement(By.tagName("a")).click();
    browser.waitFor(By.cssSelector(".section-view[data-loaded='true']"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("?section=surgery-digestive");
    assertThat(browser.text(By.cssSelector(".section-view h1"))).isEqualTo("Digestive system");
    assertThat(browser.text(By.cssSelector(".section-view .crumbs")))
        .isEqualTo("Home › CPT › Surgery › Digestive system");
    assertThat(browser.driver.findElements(By.cssSelector(".section-view a.result")))
        .extracting(a -> a.getAttribute("data-code"))
        .containsExactly("47383");
    assertThat(browser.text(By.cssSelector(".pager"))).contains("Page 1 of 1");
  }

  @org.junit.jupiter.api.Test
  void sectionWithNoCodeAndAnUnknownSectionAreEmpty() {
    open("?section=radiology");
    assertThat(browser.waitFor(By.cssSelector("[data-state='empty']")).getText())
        .isEqualTo("This server holds no CPT code in this section.");
    open("?section=nothing-here");
    assertThat(browser.waitFor(By.cssSelector("[data-state='empty']")).getText())
        .contains("no section nothing-here");
  }

  @org.junit.jupiter.api.Test
  void codePageShowsItsSectionAndReadableLabels() {
    open("?code=47383");
    WebElement crumbs = browser.waitFor(By.cssSelector(".code-page .crumbs[data-loaded='true']"));
    assertThat(crumbs.getText()).isEqualTo("Home › CPT › Surgery › Digestive system › 47383");
    assertThat(
            crumbs
                .findElement(By.cssSelector("a[data-section='surgery-digestive']"))
                .getAttribute("href"))
        .endsWith("?section=surgery-digestive");
    browser.waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    WebElement mue = browser.driver.findElement(By.cssSelector("tr[data-property='mue']"));
    assertThat(mue.findElement(By.cssSelector(".ind-meaning")).getText())
        .startsWith("At most 1 unit of service");
    assertThat(browser.driver.findElements(By.cssSelector(".pairs dt")))
        .extracting(WebElement::getText)
        .allMatch(t -> !t.isEmpty() && Character.isUpperCase(t.charAt(0)));
  }

  @org.junit.jupiter.api.Test
  void hcpcsModifierLinksToTheSameModifierInCptAndBack() {
    open("?code=LT&system=hcpcs");
    browser.waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    assertThat(browser.text(By.cssSelector("[data-field='system-label']"))).isEqualTo("HCPCS");
    assertThat(browser.driver.findElement(By.tagName("main")).getText())
        .doesNotContain("No lay description", "HCPCSLevelII");
    WebElement cpt =
        browser.driver.findElement(By.cssSelector(".equivalents li[data-equivalent='LT'] a"));
    assertThat(cpt.getText()).isEqualTo("CPT LT");
    browser.screenshot("hcpcs-LT", true);
    cpt.sendKeys(Keys.ENTER);
    browser.waitFor(
        By.cssSelector(
            ".code-page[data-code='LT'][data-system='http://www.ama-assn.org/go/cpt'][data-loaded='true']"));
    WebElement back =
        browser.driver.findElement(By.cssSelector(".equivalents li[data-equivalent='LT'] a"));
    assertThat(back.getText()).isEqualTo("HCPCS LT");
    assertThat(back.getAttribute("href")).endsWith("?code=LT&system=hcpcs");
  }

  @org.junit.jupiter.api.Test
  void loadingThenErrorWhenTheServerCannotBeReached() {
    browser.latency(1500);
    open("?sections");
    assertThat(browser.waitFor(By.cssSelector("[data-state='loading']")).getText())
        .contains("Loading the CPT sections");
    browser.waitFor(By.cssSelector(".sections-view[data-loaded='true']"));
    browser.latency(0);
    for (String[] page :
        new String[][] {
          {"", ".home"},
          {"?sections", ".sections-view"},
          {"?section=surgery", ".section-view"},
          {"?code=47383", ".code-page"},
          {"?changes", ".changes-body"}
        }) {
      browser.blockFhir(false);
      open(page[0]);
      browser.waitFor(By.cssSelector(page[1] + "[data-loaded='true']"));
      browser.blockFhir(true);
      browser.js("window.dispatchEvent(new CustomEvent('cptx:navigate'))");
      WebElement error = browser.waitFor(By.cssSelector("[data-state='error']"));
      assertThat(error.getAttribute("role")).isEqualTo("alert");
      assertThat(error.findElement(By.tagName("h2")).getText())
          .isEqualTo("The server could not be reached");
      assertThat(error.findElement(By.tagName("button")).getText()).isEqualTo("Try again");
    }
    browser.screenshot("error-unreachable", true);
    browser.blockFhir(false);
    browser.driver.findElement(By.cssSelector("[data-state='error'] button")).click();
    browser.waitFor(By.cssSelector(".changes-body[data-loaded='true']"));
  }

  /**
   * A view left before its answers came is not drawn over the one the user moved to: home, the
   * sections, a section and release changes, each left for the claim page while its answers are
   * slow.
   */
  @org.junit.jupiter.api.Test
  void aLateAnswerDoesNotReplaceTheViewTheUserMovedTo() throws Exception {
    try {
      for (String[] page :
          new String[][] {
            {"", "Loading what the server holds"},
            {"?sections", "Loading the CPT sections"},
            {"?section=surgery", "Loading the section"},
            {"?changes&from=2023-synthetic&to=2024-synthetic", "Loading the CPT versions"}
          }) {
        browser.latency(1500);
        open(page[0]);
        assertThat(browser.waitFor(By.cssSelector("[data-state='loading']")).getText())
            .as(page[0])
            .contains(page[1]);
        browser.js(
            "history.pushState(null, '', '?claim');"
                + " window.dispatchEvent(new CustomEvent('cptx:navigate'))");
        browser.waitFor(By.cssSelector(".claim-view"));
        browser.latency(0);
        Thread.sleep(3_000); // the left view's answers arrive meanwhile
        assertThat(browser.driver.findElements(By.cssSelector("#view > *")))
            .as(page[0])
            .hasSize(1)
            .allSatisfy(e -> assertThat(e.getAttribute("class")).contains("claim-view"));
      }
    } finally {
      browser.latency(0);
    }
  }

  @org.junit.jupiter.api.Test
  void everyPageShowsALoadingStateWhileItsDataComes() {
    try {
      for (String[] page :
          new String[][] {
            {"", ".home", "Loading what the server holds"},
            {"?section=surgery", ".section-view", "Loading the section"},
            {"?code=47383", ".code-page", "Loading CPT 47383"},
            {
              "?changes&from=2023-synthetic&to=2024-synthetic",
              ".changes-body",
              "Loading the CPT versions"
            }
          }) {
        browser.latency(1500);
        open(page[0]);
        assertThat(browser.waitFor(By.cssSelector("[data-state='loading']")).getText())
            .as(page[0])
            .contains(page[2]);
        browser.latency(0);
        browser.waitFor(By.cssSelector(page[1] + "[data-loaded='true']"));
      }
      open("?claim");
      browser.latency(1500);
      browser.waitFor(By.id("claim-sample")).click();
      assertThat(browser.waitFor(By.cssSelector("#claim-result [data-state='loading']")).getText())
          .startsWith("Checking");
      browser.latency(0);
      browser.waitFor(By.cssSelector("#claim-result[data-loaded='true']"));
    } finally {
      browser.latency(0);
    }
  }

  /**
   * Home, the sections, a section and a code reached with the keyboard alone: Tab to a link, Enter.
   */
  @org.junit.jupiter.api.Test
  void thePagesAreReachedByKeyboard() {
    open("");
    browser.waitFor(By.cssSelector(".home[data-loaded='true']"));
    tabTo("a[href='?sections']").sendKeys(Keys.ENTER);
    browser.waitFor(By.cssSelector(".sections-view[data-loaded='true']"));
    tabTo("table.sections a[href*='section=surgery']").sendKeys(Keys.ENTER);
    browser.waitFor(By.cssSelector(".section-view[data-loaded='true']"));
    tabTo("a.result[data-code='47383']").sendKeys(Keys.ENTER);
    browser.waitFor(By.cssSelector(".code-page[data-loaded='true']"));
    assertThat(browser.driver.getCurrentUrl()).contains("code=47383");
  }

  /** Presses Tab until the focused element matches, at most 200 times; the element, focused. */
  private static WebElement tabTo(String css) {
    for (int i = 0; i < 200; i++) {
      WebElement focused = browser.driver.switchTo().activeElement();
      if (Boolean.TRUE.equals(
          browser.js("return arguments[0].matches(arguments[1])", focused, css))) {
        return focused;
      }
      focused.sendKeys(Keys.TAB);
    }
    throw new AssertionError("no element " + css + " reached with Tab");
  }

  /** A server holding one CPT version has no release to compare: the page says so. */
  @org.junit.jupiter.api.Test
  void releaseChangesWithOneCptVersionIsAnEmptyState() throws Exception {
    try (org.cptx.server.CptxServer single =
        org.cptx.server.CptxServer.start(
            new org.cptx.server.ServerConfig(
                "127.0.0.1",
                0,
                List.of(org.cptx.support.TestContent.BUILT_IN),
                org.cptx.support.TestContent.WEBAPP))) {
      browser.driver.get(single.fhirBase().toString().replaceFirst("/fhir$", "/") + "?changes");
      assertThat(browser.waitFor(By.cssSelector("[data-state='empty']")).getText())
          .startsWith("This server holds 1 CPT version")
          .contains("2025");
    }
  }

  @org.junit.jupiter.api.Test
  void everyPageFitsAPhone() {
    browser.driver.manage().window().setSize(Browser.PHONE);
    for (String[] page :
        new String[][] {
          {"", ".home"},
          {"?sections", ".sections-view"},
          {"?section=surgery-digestive", ".section-view"},
          {"?code=47383", ".code-page"},
          {"?changes&from=2023-synthetic&to=2024-synthetic", ".changes-body"}
        }) {
      open(page[0]);
      browser.waitFor(By.cssSelector(page[1] + "[data-loaded='true']"));
      assertThat(browser.horizontalOverflow())
          .as("horizontal overflow of %s", page[0])
          .isLessThanOrEqualTo(0);
    }
    browser.screenshot("changes-phone", true);
  }

  private static WebElement row(String section) {
    return browser.driver.findElement(
        By.cssSelector("table.sections tr[data-section='" + section + "']"));
  }
}
