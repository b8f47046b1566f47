package org.oxyalloc.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.api.user.UserRepository;
import org.oxyalloc.api.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * Pages driven in a real browser: Debian's headless Chromium through its ChromeDriver (./run-tests installs both),
 * against the service on a random port with its own in-memory database. One browser for all tests of a class; each
 * test starts signed out. Set {@code -Doxyalloc.screenshots=DIR} to keep a screenshot of each page a test names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:oxyalloc-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
abstract class BrowserTest {

    protected static final String PASSWORD = "secret-password";
    private static final Path CHROMIUM = Path.of(System.getProperty("oxyalloc.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("oxyalloc.chromedriver", "/usr/bin/chromedriver"));

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;
    @Autowired
    private UserRepository users;
    @Autowired
    private UserService userService;
    @Autowired
    protected ObjectMapper json;

    @BeforeAll
    static void startBrowser() {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the browser tests need Chromium at %s and ChromeDriver at %s: run ./run-tests, which installs "
                        + "Debian's chromium and chromium-driver", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=id",
                // Bootstrap scrolls smoothly otherwise, and a click would land before the scroll to its element ends.
                "--force-prefers-reduced-motion");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Staff and an analyst, named after their roles; hospital and supplier users come with their own methods. */
    @BeforeEach
    void createUsers() {
        for (Role role : List.of(Role.STAFF, Role.ANALYST)) {
            String name = role.name().toLowerCase();
            if (users.find(name).isEmpty()) {
                userService.create(new UserService.NewUser(name, PASSWORD, role, null));
            }
        }
    }

    /** A hospital user of the hospital, named after it; its password is {@link #PASSWORD}. */
    protected String hospitalUser(String hospitalId) {
        String name = "rs-" + hospitalId.toLowerCase().replaceAll("[^a-z0-9]", "");
        if (users.find(name).isEmpty()) {
            userService.create(new UserService.NewUser(name, PASSWORD, Role.HOSPITAL, hospitalId));
        }
        return name;
    }

    /** A supplier user of the supplier, named after it; its password is {@link #PASSWORD}. */
    protected String supplierUser(String supplierId) {
        String name = "supplier-" + supplierId.toLowerCase().replaceAll("[^a-z0-9]", "");
        if (users.find(name).isEmpty()) {
            userService.create(new UserService.NewUser(name, PASSWORD, Role.SUPPLIER, null, supplierId, null));
        }
        return name;
    }

    @AfterEach
    void signOut() {
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Opens a page, which asks to sign in first, signs in there as the role's user and waits for the page. */
    protected void signIn(String path, Role role) {
        signIn(path, role == Role.ADMIN ? "admin" : role.name().toLowerCase(),
                role == Role.ADMIN ? "admin-password" : PASSWORD);
    }

    protected void signIn(String path, String user, String password) {
        open(path);
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        type("username", user);
        type("password", password);
        follow("sign-in");
        byId("viewer");
    }

    /** Replaces the field's text as a user does, key by key, so that the page sees each change. */
    protected void type(String id, String text) {
        WebElement field = byId(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Clicks what leads to another page (a link, a form's button) and waits until that page replaced this one. */
    protected void follow(WebElement link) {
        WebElement page = browser.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                // Asked while the new page replaces it, Chromium may say the node left the document instead.
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    protected void follow(String id) {
        follow(byId(id));
    }

    /** The element, waiting for it a few seconds; if it never comes, the failure says which page was there. */
    protected WebElement byId(String id) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (TimeoutException e) {
            String page = browser.findElement(By.tagName("body")).getText();
            throw new AssertionError("no #" + id + " on " + browser.getCurrentUrl() + ", which shows:\n"
                    + page.substring(0, Math.min(page.length(), 1500)), e);
        }
    }

    protected List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    protected String text(String id) {
        return byId(id).getText();
    }

    /** Keeps a screenshot of the page as DIR/name.png when -Doxyalloc.screenshots=DIR is set. */
    protected void screenshot(String name) throws IOException {
        String folder = System.getProperty("oxyalloc.screenshots");
        if (folder != null) {
            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            Path target = Path.of(folder, name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Calls the API with HTTP Basic, as a client would, to set up what a page shows. */
    protected RestClient api(Role role) {
        String user = role == Role.ADMIN ? "admin" : role.name().toLowerCase();
        String password = role == Role.ADMIN ? "admin-password" : PASSWORD;
        return RestClient.builder().baseUrl(url(""))
                .defaultHeaders(h -> h.setBasicAuth(user, password))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).build();
    }

    /** Loads a shipped dataset as a plan, solves it for a second and waits until it is solved. */
    protected long solvedDataset(String name) throws Exception {
        JsonNode submitted = json.readTree(api(Role.STAFF).post().uri("/api/datasets/{name}/plans?timeLimit=1s", name)
                .retrieve().body(String.class));
        long id = submitted.get("id").asLong();
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (!json.readTree(api(Role.STAFF).get().uri("/api/plans/{id}/status", id).retrieve().body(String.class))
                .get("status").asText().equals("solved")) {
            assertThat(Instant.now()).as("plan %d solved", id).isBefore(end);
            Thread.sleep(200);
        }
        return id;
    }

    /** The solved plan as the API gives it. */
    protected JsonNode plan(long id) throws Exception {
        return json.readTree(api(Role.STAFF).get().uri("/api/plans/{id}", id).retrieve().body(String.class)).get("plan");
    }
}
