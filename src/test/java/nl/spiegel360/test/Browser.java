package nl.spiegel360.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Debian's chromedriver; nothing is downloaded. */
public final class Browser implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        this.downloads = Files.createTempDirectory("spiegel360-downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(env("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("spiegel360-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = waitFor(Duration.ofSeconds(30));
    }

    /**
     * A wait of at most this long that looks again every 50 ms: Selenium's own looks every 500 ms, which made each
     * step of a test (a page opened, a click answered) wait half a second for nothing.
     */
    public WebDriverWait waitFor(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Goes to a path of the application (starting with a slash) as a click on a link inside it does: the view is
     * built in one round trip to the server, without loading the page again. Returns once the server has answered
     * (no client of the page waits for one) and the address shows the path.
     */
    public void navigate(String path) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("""
                const link = document.createElement('a');
                link.href = arguments[0];
                document.body.appendChild(link);
                link.click();
                link.remove();""", path);
        waitFor(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith(path) && Boolean.TRUE.equals(
                js.executeScript("""
                        const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                        return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    public WebElement await(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the element's visible text contains the text. The element is looked up on every try: a page
     * that renders again (a language switch) may replace it between the lookup and the reading.
     */
    public void awaitText(By locator, String text) {
        wait.until(d -> {
            try {
                return d.findElement(locator).getText().contains(text);
            } catch (org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Waits until the element's text content (visible or scrolled away) contains the text. */
    public void awaitTextContent(String id, String text) {
        wait.until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id)).contains(text));
    }

    public void awaitUrlEnding(String suffix) {
        wait.until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    /** Waits for the element, brings it to the middle of the window and clicks it, as a user who scrolls would. */
    public void clickCentred(By locator) {
        WebElement element = await(locator);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
    }

    /** Signs in on the login page of this address (the application's base URL) and waits for the start page. */
    public void signIn(String baseUrl, String email, String password) {
        open(baseUrl + "/login");
        await(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        await(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        await(By.id("home-greeting"));
    }

    /** The file the browser downloaded whose name ends so, once its download is complete. */
    public Path awaitDownload(String suffix) {
        return waitFor(Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                var all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * Waits until the page is at rest, as a picture for the README must show it: no notification left on screen, no
     * round trip to the server under way (Vaadin's loading bar in none of its three stages).
     */
    public void awaitRest() {
        String[] last = {""};
        try {
            waitFor(Duration.ofSeconds(15)).until(d -> {
                last[0] = (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                        const busy = [...document.querySelectorAll('.v-loading-indicator')]
                          .filter(b => ['first', 'second', 'third'].some(c => b.classList.contains(c)));
                        const shown = [...document.querySelectorAll('vaadin-notification-card')]
                          .filter(c => c.getBoundingClientRect().height > 0);
                        return busy.map(b => 'loading ' + b.className).concat(shown.map(c => 'notification '
                          + c.textContent.trim())).join('; ');""");
                return last[0].isEmpty();
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The page did not come to rest: " + last[0], e);
        }
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
