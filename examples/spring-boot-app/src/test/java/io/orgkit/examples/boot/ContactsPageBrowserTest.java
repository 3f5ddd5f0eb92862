package io.orgkit.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.orgkit.core.OrganizationService;
import io.orgkit.core.organizations.Organization;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contacts page in a real browser: Debian's headless Chromium driven by Selenium through the system
 * chromedriver (Selenium Manager is never asked to download anything). Skipped, with the reason, when the browser
 * or the driver is missing ({@code .ci/run} installs both). Screenshots go to {@code target/screenshots/}; the ones
 * in {@code docs/images/} were copied from there.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "orgkit.store.type=memory",
            "demo.sync-on-start=false",
            "demo.dingtalk.departments=6",
            "demo.dingtalk.members=25"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactsPageBrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ORGKIT_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("ORGKIT_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    OrganizationService orgs;

    @Autowired
    DingTalkSimulator simulator;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path downloads;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "no Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver, or set ORGKIT_CHROMIUM)");
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER),
                "no chromedriver at " + CHROMEDRIVER
                        + " (apt-get install chromium-driver, or set ORGKIT_CHROMEDRIVER)");
        // the system driver, so Selenium Manager never looks for (or downloads) a browser or driver
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        downloads = Files.createTempDirectory("orgkit-downloads");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--lang=en-US");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(url("/"));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void shot(String name) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> memberNames() {
        return browser.findElements(By.cssSelector("#members td.name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    @Test
    @Order(1)
    void theDefaultOrganizationIsShownWithItsTreeAndMembers() throws IOException {
        wait.until(d -> memberNames().contains("Bob Li"));
        assertThat(browser.findElements(By.cssSelector("#tree .dept")))
                .extracting(WebElement::getText)
                .contains("ACME", "R&D", "Backend", "Frontend", "Sales", "Support");
        shot("contacts-page.png");
    }

    @Test
    @Order(2)
    void createADepartment() {
        byId("dept-new").click();
        type("dept-name", "Selenium Lab");
        byId("dept-save").click();
        wait.until(ExpectedConditions.textToBe(By.id("title"), "Selenium Lab"));
        assertThat(browser.findElements(By.cssSelector("#tree .dept.selected")))
                .extracting(WebElement::getText)
                .containsExactly("Selenium Lab");
    }

    @Test
    @Order(3)
    void addAMemberAfterBadInputIsExplained() {
        byId("member-new").click();
        type("m-name", "Zed Tester");
        type("m-employee", "E9001");
        type("m-email", "not-an-email");
        byId("member-save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-error"), "email"));
        assertThat(memberNames()).doesNotContain("Zed Tester");

        type("m-email", "zed@acme.example");
        byId("member-save").click();
        wait.until(d -> memberNames().contains("Zed Tester"));
    }

    @Test
    @Order(4)
    void searchHighlightsTheMatch() throws IOException {
        type("search", "Tester");
        WebElement mark =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#members td.name mark")));
        assertThat(mark.getText()).isEqualTo("Tester");
        assertThat(memberNames()).containsExactly("Zed Tester");
        type("search", "lin");
        wait.until(d -> memberNames().contains("Carol Lin"));
        shot("search-highlight.png");
        byId("search").clear();
        byId("search").sendKeys(" ");
        byId("search").clear();
        byId("search").sendKeys("\b");
    }

    @Test
    @Order(5)
    void importTheTemplateWithABadRowShowsTheErrorReportThenTheFixedRowImports() throws Exception {
        String org = defaultOrgId();
        Path template = Files.createTempFile(downloads, "template", ".xlsx");
        http.send(
                HttpRequest.newBuilder(URI.create(url("/api/orgs/" + org + "/template")))
                        .build(),
                HttpResponse.BodyHandlers.ofFile(template));
        Path bad = fill(template, "Yan Importer", "E9002", "not-an-email", "Selenium Lab", "bad.xlsx");

        byId("import-open").click();
        byId("import-file").sendKeys(bad.toAbsolutePath().toString());
        byId("import-go").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "failed 1"));
        assertThat(byId("import-summary").getText()).contains("nothing written");
        assertThat(byId("import-errors").getText()).contains("row 2").containsIgnoringCase("email");
        WebElement report = byId("import-report");
        assertThat(report.isDisplayed()).isTrue();
        shot("import-errors.png");

        // the error report is the rows to fix, with an Errors column
        HttpResponse<InputStream> fix = http.send(
                HttpRequest.newBuilder(URI.create(report.getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(fix.statusCode()).isEqualTo(200);
        String reportText = text(fix.body());
        assertThat(reportText).contains("Yan Importer").contains("Errors").contains("not-an-email");

        Path good = fill(template, "Yan Importer", "E9002", "yan@acme.example", "Selenium Lab", "good.xlsx");
        byId("import-file").sendKeys(good.toAbsolutePath().toString());
        byId("import-go").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "created 1"));
        browser.findElement(By.cssSelector("#import-dialog button[value=cancel]"))
                .click();
        wait.until(d -> memberNames().contains("Yan Importer"));
    }

    @Test
    @Order(6)
    void exportDownloadsAWorkbookWithTheMembers() throws Exception {
        byId("export-open").click();
        new Select(byId("export-scope")).selectByValue("all");
        new Select(byId("export-format")).selectByValue("xlsx");
        byId("export-go").click();
        Path file = downloads.resolve("members.xlsx");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(file) && !partial());
        String exported;
        try (InputStream in = Files.newInputStream(file)) {
            exported = text(in);
        }
        assertThat(exported).contains("Zed Tester", "Yan Importer", "Bob Li", "zed@acme.example");
        browser.findElement(By.cssSelector("#export-dialog button[value=cancel]"))
                .click();
    }

    private boolean partial() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    @Order(7)
    void syncTheDingTalkOrganizationAndSeeItsMembersAppear() throws IOException {
        Organization ding =
                orgs.list().stream().filter(Organization::isSynced).findFirst().orElseThrow();
        new Select(byId("org")).selectByValue(ding.id().value());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sync")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "0 member(s)"));
        assertThat(memberNames()).isEmpty();

        byId("sync").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-status"), "Synced: APPLIED"));
        int users = simulator.directory().userCount();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), users + " member(s)"));
        assertThat(memberNames()).hasSize(Math.min(users, 20));
        assertThat(browser.findElements(By.cssSelector("#tree .dept")).size())
                .isEqualTo(simulator.directory().departmentCount());
        shot("sync.png");
    }

    private String defaultOrgId() {
        return orgs.list().stream()
                .filter(Organization::isDefault)
                .findFirst()
                .orElseThrow()
                .id()
                .value();
    }

    /** The template with its example row replaced by one member. */
    private static Path fill(Path template, String name, String employeeId, String email, String dept, String as)
            throws IOException {
        Path out = template.resolveSibling(as);
        try (InputStream in = Files.newInputStream(template);
                Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Members");
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            for (Cell h : header) {
                String title = h.getStringCellValue();
                String value = title.startsWith("Name")
                        ? name
                        : title.startsWith("Employee ID")
                                ? employeeId
                                : title.startsWith("Email") ? email : title.startsWith("Department") ? dept : "";
                row.createCell(h.getColumnIndex()).setCellValue(value);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    /** Every cell of every sheet of a workbook, as text. */
    private static String text(InputStream xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(xlsx)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.append(format.formatCellValue(cell)).append('\t');
                    }
                    all.append('\n');
                }
            }
        }
        return all.toString();
    }
}
