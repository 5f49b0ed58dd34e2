package org.netagraph.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.load.LoadOptions;
import org.netagraph.load.Loader;
import org.netagraph.load.Progress;
import org.netagraph.support.TestPipeline;
import org.netagraph.write.CypherFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} in a real headless Chromium: log in, run a saved question, see the names, keep a
 * screenshot under {@code target/}. Needs Debian's chromium and chromium-driver ({@code .ci/run}
 * installs them).
 */
class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void savedQuestionShowsNamesInTheBrowser(@TempDir Path tmp) throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(installed, "chromium or chromedriver not installed: browser test skipped");
    }
    assertTrue(installed, "CI must install chromium and chromium-driver (.ci/run does)");
    Path store = tmp.resolve("store");
    try (Graph g = Graph.open(ConnectionOptions.embedded(store))) {
      new Loader(TestPipeline.get(), g, new LoadOptions(2, 10, false), Progress.silent())
          .load(List.of(Path.of("examples")));
    }
    int http = freePort();
    int bolt = freePort();
    String password = "browser-test-pw";
    long t0 = System.nanoTime();
    try (BrowserServer server = BrowserServer.start(store, http, bolt, password)) {
      System.out.printf(
          java.util.Locale.ROOT, "serve started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM.toFile());
      o.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1400,1000",
          "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, o);
      Path shot = Path.of("target", "browser-saved-question.png");
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(
            server.browserUrl()
                + "?connectURL="
                + server.boltUri().replace("bolt://", "neo4j://neo4j@"));
        WebElement method =
            wait.until(
                d ->
                    d.findElements(By.cssSelector("[data-testid='authenticationMethod']")).stream()
                        .findFirst()
                        .orElse(null));
        Select select = new Select(method);
        select.selectByIndex(select.getOptions().size() - 1);
        select.selectByVisibleText("Username / Password");
        WebElement user =
            wait.until(
                d ->
                    d.findElements(By.cssSelector("input[data-testid='username']")).stream()
                        .findFirst()
                        .orElse(null));
        user.clear();
        user.sendKeys("neo4j");
        WebElement pw = driver.findElement(By.cssSelector("input[data-testid='password']"));
        pw.sendKeys(password);
        pw.sendKeys(Keys.ENTER);
        wait.until(d -> d.getPageSource().contains("You are connected as user"));
        // the post-connect command opens the guide of saved questions; its first block draws a
        // graph
        wait.until(d -> d.getPageSource().contains("netagraph: saved questions"));
        WebElement first =
            wait.until(
                d ->
                    d.findElements(By.cssSelector("pre.runnable, .runnable")).stream()
                        .findFirst()
                        .orElse(null));
        first.click();
        new Actions(driver)
            .keyDown(Keys.CONTROL)
            .sendKeys(Keys.ENTER)
            .keyUp(Keys.CONTROL)
            .perform();
        wait.until(d -> d.findElements(By.cssSelector("svg g.node")).size() > 5);
        Thread.sleep(3000);
        Path graphShot = Path.of("target", "browser-guide-graph.png");
        Files.createDirectories(graphShot.getParent());
        Files.write(graphShot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        String query =
            CypherFiles.fileStatements(Path.of("cypher/queries/chief-ministers.cypher"))
                .get(0)
                .replace('\n', ' ');
        WebElement editor =
            wait.until(
                d ->
                    d
                        .findElements(
                            By.cssSelector(
                                "[data-testid='activeEditor'] textarea, .monaco-editor textarea"))
                        .stream()
                        .findFirst()
                        .orElse(null));
        editor.click();
        new Actions(driver).sendKeys(query).perform();
        new Actions(driver)
            .keyDown(Keys.CONTROL)
            .sendKeys(Keys.ENTER)
            .keyUp(Keys.CONTROL)
            .perform();
        wait.until(d -> d.getPageSource().contains("Mamata Banerjee"));
        Thread.sleep(1500);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        String page = driver.getPageSource();
        assertTrue(
            page.contains("Ashok Gehlot") && page.contains("West Bengal"),
            "names missing from the result frame");
      } catch (RuntimeException e) {
        Files.createDirectories(shot.getParent());
        Files.write(
            Path.of("target", "browser-failure.png"),
            ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(Path.of("target", "browser-failure.html"), driver.getPageSource());
        StringBuilder frames = new StringBuilder();
        for (WebElement f : driver.findElements(By.cssSelector("[data-testid='frame']"))) {
          frames.append(f.getText()).append("\n-----\n");
        }
        Files.writeString(Path.of("target", "browser-failure-frames.txt"), frames.toString());
        throw e;
      } finally {
        driver.quit();
      }
    }
  }
}
