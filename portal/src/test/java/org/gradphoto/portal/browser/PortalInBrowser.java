package org.gradphoto.portal.browser;

import java.nio.file.Path;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.portal.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal on a random port and a headless Chromium on it, for the end-to-end tests: pages by path, elements by
 * id or CSS selector, clicks that wait for the next page, logging in and out. The browser is started by each test
 * (so it skips cleanly where Chromium is missing) and closed after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
abstract class PortalInBrowser {

    static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    ChromeDriver browser;

    void startBrowser() {
        browser = Browser.start(dir.resolve("chrome"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    WebElement el(String id) {
        return browser.findElement(By.id(id));
    }

    WebElement css(String selector) {
        return browser.findElement(By.cssSelector(selector));
    }

    boolean has(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /**
     * On a job's page, waits while the page reloads itself (its Refresh header) until the job is done or failed: its
     * state at the end.
     */
    String awaitJob() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofMinutes(2))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(b -> {
                    String state = b.findElement(By.id("job")).getAttribute("data-state");
                    return "DONE".equals(state) || "FAILED".equals(state) ? state : null;
                });
    }

    /** Clicks something that loads a page and waits for it. */
    void go(WebElement target) {
        Browser.go(browser, target);
    }

    void logIn(String user, String password) {
        open("/login");
        el("username").sendKeys(user);
        el("password").sendKeys(password);
        go(el("login"));
    }

    /** Logs in an account made by the test data (they all have {@link TestData#PASSWORD}). */
    void logIn(String user) {
        logIn(user, TestData.PASSWORD);
    }

    /** The session cookie as a request header sends it, to fetch what the logged-in browser would download. */
    String sessionCookie() {
        org.openqa.selenium.Cookie c = browser.manage().getCookieNamed("JSESSIONID");
        if (c == null) {
            c = browser.manage().getCookieNamed("SESSION");
        }
        return c.getName() + "=" + c.getValue();
    }

    void logOut() {
        go(el("logout"));
    }
}
