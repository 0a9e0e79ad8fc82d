package org.cptx.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through chromedriver, with the waits and screenshots the page tests
 * share. Screenshots go to {@code target/screenshots/}; with {@code
 * -Dcptx.screenshots.refresh=true}, those that {@code docs/webapp.md} shows also replace the
 * committed ones in {@code docs/webapp/} (so a plain build leaves the work tree as it was).
 */
final class Browser implements AutoCloseable {

  static final File CHROMIUM = new File(System.getProperty("cptx.chromium", "/usr/bin/chromium"));
  static final File CHROMEDRIVER =
      new File(System.getProperty("cptx.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Path DOCS = Path.of("docs/webapp");
  static final boolean REFRESH_DOCS = Boolean.getBoolean("cptx.screenshots.refresh");
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static boolean installed() {
    return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
  }

  static Browser start() throws IOException {
    Path profile = Files.createTempDirectory("cptx-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
    Files.createDirectories(DOCS);
    return new Browser(driver, profile);
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitUntil(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
  }

  String text(By by) {
    return driver.findElement(by).getText();
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * Every FHIR request fails as if the server were unreachable (true), or goes through again
   * (false).
   */
  void blockFhir(boolean blocked) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setBlockedURLs",
        Map.of("urls", blocked ? java.util.List.of("*/fhir/*") : java.util.List.of()));
  }

  /**
   * Each FHIR answer takes at least this long (0: as fast as it comes), so a loading state can be
   * seen; while it is on, the browser's cache is off (an answer cached by an earlier test would
   * come at once).
   */
  void latency(int millis) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", millis > 0));
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", false, "latency", millis, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  int horizontalOverflow() {
    return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;"))
        .intValue();
  }

  /**
   * A full-page PNG in target/screenshots, and in docs/webapp when {@code docs} is true and a
   * refresh was asked.
   */
  void screenshot(String name, boolean docs) {
    byte[] png = fullPage(driver, 4000);
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
      if (docs && REFRESH_DOCS) {
        Files.write(DOCS.resolve(name + ".png"), png);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A PNG of the whole page: the window is made as tall as the page (at most {@code maxHeight}),
   * then set back.
   */
  static byte[] fullPage(ChromeDriver driver, int maxHeight) {
    Dimension before = driver.manage().window().getSize();
    Number height =
        (Number)
            driver.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)"
                    + " + Math.max(0, window.outerHeight - window.innerHeight);");
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(
                before.getWidth(), Math.min(Math.max(height.intValue(), 600), maxHeight)));
    try {
      return driver.getScreenshotAs(OutputType.BYTES);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
