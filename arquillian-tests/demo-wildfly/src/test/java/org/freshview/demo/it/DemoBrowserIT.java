package org.freshview.demo.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person filling in the application in a real browser (headless Chromium): every page, a
 * year that is not a number and other validation errors next to their fields, switching to
 * German and back, the "saved" flash messages, the back button, attaching a photo (a file that
 * is not one refused by its content), submitting, and the list. Saves a screenshot of each page
 * into {@code docs/}.
 */
@ExtendWith(ArquillianExtension.class)
class DemoBrowserIT {

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        Path work = Path.of(System.getProperty("demo.work", "target/work"));
        Files.createDirectories(work);
        browser = Browser.start(Files.createTempDirectory(work, "chromium-profile"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_person_fills_in_every_page_corrects_an_error_goes_back_and_submits() {
        browser.get(base + "forms");
        assertEquals("Become a member", text("h1"));
        Browser.screenshot(browser, "demo-1-start");

        clickAndWait(By.id("start"));
        assertEquals("About you", text("h1"));
        String pageOne = browser.getCurrentUrl();
        assertTrue(pageOne.matches(".*/forms/[A-Za-z0-9_-]{16}/1"), pageOne);
        String form = pageOne.substring(0, pageOne.length() - 2);
        String key = form.substring(form.lastIndexOf('/') + 1);

        type("fullName", "Ada Lovelace");
        type("email", "ada.example.org");
        type("birthYear", "18l5");
        submit();
        assertEquals(pageOne, browser.getCurrentUrl(), "an invalid page is shown again at its own address");
        assertEquals("Please correct the fields marked below.", text(".summary"));
        assertEquals("Enter an e-mail address such as ada@example.org.", text("#email-error"));
        assertEquals("Enter an integer.", text("#birthYear-error"), "a year that does not convert, next to its field");
        assertEquals("18l5", value("birthYear"), "the text that did not convert is kept");
        assertEquals("ada.example.org", value("email"), "the input is kept");
        assertEquals("Ada Lovelace", value("fullName"));
        Browser.screenshot(browser, "demo-2-validation");

        type("birthYear", "1815");
        submit();
        assertEquals("Enter a year between 1900 and", text("#birthYear-error").replaceAll(" [0-9]{4}\\.$", ""));
        assertEquals("Enter an e-mail address such as ada@example.org.", text("#email-error"));

        clickAndWait(By.id("language-de")); // the switch in the header: a cookie, then back to this page
        assertEquals(pageOne, browser.getCurrentUrl());
        assertEquals("\u00dcber Sie", text("h1"));
        assertEquals("Vollst\u00e4ndiger Name", text("label[for=fullName]"));
        assertEquals("de", find(By.tagName("html")).getAttribute("lang"));
        type("fullName", "Ada Lovelace");
        type("email", "ada.example.org");
        type("birthYear", String.valueOf(Year.now().getValue() - 10));
        submit();
        assertEquals("Bitte korrigieren Sie die markierten Felder.", text(".summary"));
        assertEquals("Geben Sie eine E-Mail-Adresse wie ada@example.org an.", text("#email-error"));
        assertEquals("Mitglieder m\u00fcssen mindestens 16 Jahre alt sein.", text("#birthYear-error"));
        Browser.screenshot(browser, "demo-10-german");

        type("email", "ada@example.org");
        type("birthYear", "1990");
        submit();
        assertEquals(form + "/2", browser.getCurrentUrl());
        assertEquals("Adresse", text("h1"));
        assertEquals("Ihre Angaben auf \u201e\u00dcber Sie\u201c wurden gespeichert.", text("#flash-saved"), "the flash message, in German");

        clickAndWait(By.id("language-en"));
        assertEquals(form + "/2", browser.getCurrentUrl());
        assertEquals("Address", text("h1"));
        assertEquals("Street and number", text("label[for=street]"));
        assertTrue(browser.findElements(By.id("flash-saved")).isEmpty(), "the flash message was shown once");
        type("street", "12 St James's Square");
        type("postalCode", "SW1Y 4LB");
        type("city", "London");
        type("country", "United Kingdom");
        Browser.screenshot(browser, "demo-3-address");
        submit();

        assertEquals("Membership", text("h1"));
        find(By.id("plan-supporting")).click();
        type("comments", "I row on the Thames on Sundays.");
        Browser.screenshot(browser, "demo-4-membership");
        submit();

        assertEquals(form + "/4", browser.getCurrentUrl());
        assertEquals("Review and submit", text("h1"));
        assertEquals("Ada Lovelace", text("#answer-fullName"));
        assertEquals("SW1Y 4LB", text("#answer-postalCode"));
        assertEquals("Supporting", text("#answer-plan"));
        Browser.screenshot(browser, "demo-5-review");

        browser.navigate().back(); // to page 3, as the browser's history has it: a GET, nothing resubmitted
        assertEquals(form + "/3", browser.getCurrentUrl());
        assertTrue(find(By.id("plan-supporting")).isSelected(), "page 3 shows the stored plan");
        assertEquals("I row on the Thames on Sundays.", find(By.id("comments")).getAttribute("value"));
        find(By.id("plan-student")).click();
        submit();
        assertEquals("Student", text("#answer-plan"));
        assertEquals("Your answers on \u201cMembership\u201d were saved.", text("#flash-saved"));
        browser.navigate().refresh(); // a GET of the same page: the message was shown once
        assertTrue(browser.findElements(By.id("flash-saved")).isEmpty(), "the flash message is gone after a reload");

        clickAndWait(By.id("attach"));
        assertEquals("A photo or document", text("h1"));
        find(By.id("document")).sendKeys(file("photo.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).toString());
        clickAndWait(By.id("upload"));
        assertEquals("Only a photo (JPEG or PNG) or a PDF can be attached; this file is neither.", text("#document-error"),
                "the type is checked by the content, not by the name");
        find(By.id("document")).sendKeys(file("Ada \u00e0 la rame.png", PNG).toString());
        Browser.screenshot(browser, "demo-9-document");
        clickAndWait(By.id("upload"));
        assertEquals(form + "/4", browser.getCurrentUrl());
        assertEquals("Your document \u201cAda \u00e0 la rame.png\u201d was attached.", text("#flash-saved"));
        assertEquals(Optional.of("Ada \u00e0 la rame.png image/png " + PNG.length), DemoDatabase.document(key));

        clickAndWait(By.id("submit"));
        assertEquals(form, browser.getCurrentUrl());
        assertEquals("Thank you, Ada Lovelace", text("h1"));
        assertTrue(text("#submitted").startsWith("Your application was submitted on "), text("#submitted"));
        Browser.screenshot(browser, "demo-6-submitted");

        String submittedAt = DemoDatabase.row(key).orElseThrow().get("submitted_at");
        browser.navigate().back(); // the review page, perhaps from the browser's back-forward cache
        browser.navigate().refresh(); // a GET: a submitted form's pages lead to its receipt
        assertEquals(form, browser.getCurrentUrl());
        assertEquals("Thank you, Ada Lovelace", text("h1"));
        assertEquals(submittedAt, DemoDatabase.row(key).orElseThrow().get("submitted_at"), "nothing submitted twice");

        browser.get(base + "forms");
        WebElement row = find(By.cssSelector("tr[data-key='" + key + "']"));
        assertTrue(row.getText().contains("Ada Lovelace"), row.getText());
        assertTrue(row.getText().contains("Submitted"), row.getText());
        Browser.screenshot(browser, "demo-7-list");

        browser.get(form + "/9");
        assertEquals("Not found", text("h1"));
        Browser.screenshot(browser, "demo-8-not-found");
        assertFalse(browser.manage().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID")),
                "no HTTP session: " + browser.manage().getCookies());
    }

    /** A 1x1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** A file for the browser's file input, in a directory of its own so its name is the one given. */
    private static Path file(String name, byte[] content) {
        try {
            Path work = Path.of(System.getProperty("demo.work", "target/work"));
            Path file = Files.createTempDirectory(Files.createDirectories(work), "upload").resolve(name);
            return Files.write(file, content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String css) {
        return find(By.cssSelector(css)).getText().strip();
    }

    /** The element, or a failure that shows what the browser has instead. */
    private WebElement find(By by) {
        return Browser.find(browser, by);
    }

    private String value(String id) {
        return find(By.id(id)).getAttribute("value");
    }

    private void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        clickAndWait(By.cssSelector("button[type=submit]"));
    }

    private void clickAndWait(By target) {
        Browser.clickAndWait(browser, target);
    }
}
