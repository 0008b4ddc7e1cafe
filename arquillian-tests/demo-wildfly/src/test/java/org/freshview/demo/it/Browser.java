package org.freshview.demo.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Chromium from Debian's packages, driven through {@code /usr/bin/chromedriver}:
 * Selenium cannot download a driver here, and needs none.
 */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    static WebDriver start(Path profile) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver:"
                    + " apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1100,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // An element not there yet (a page still loading) is waited for, not reported missing.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Saves what the browser shows as a PNG, for docs/demo.md. */
    static void screenshot(WebDriver driver, String name) {
        String directory = System.getProperty("demo.screenshots");
        if (directory == null) {
            return;
        }
        try {
            Path target = Path.of(directory, name + ".png");
            Files.createDirectories(target.getParent());
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element, or an assertion failure that shows the page it is missing from. */
    static WebElement find(WebDriver driver, By by) {
        try {
            return driver.findElement(by);
        } catch (NoSuchElementException e) {
            String page = driver.getPageSource();
            throw new AssertionError("No " + by + " on " + driver.getCurrentUrl() + ": "
                    + (page.length() > 1500 ? page.substring(0, 1500) + "..." : page), e);
        }
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    static void clickAndWait(WebDriver driver, By target) {
        WebElement old = find(driver, By.tagName("html"));
        find(driver, target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(old));
    }

    /**
     * Whether the element's page was replaced. Chromium sometimes answers for a node of a page
     * that is being replaced with an inspector error ("Node with given id does not belong to the
     * document") instead of a stale-element error; both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
