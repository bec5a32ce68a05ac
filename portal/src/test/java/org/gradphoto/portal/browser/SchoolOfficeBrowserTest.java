package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.collection.school.SchoolData;
import org.gradphoto.portal.collection.school.SchoolData.School;
import org.gradphoto.portal.print.PdfPages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school's photo office in Chromium: issues collection codes to one class only, prints that class's code slips
 * (the PDF's text read back: half-hidden names, class, code, feature code, deadline), takes the code table as Excel
 * with full ID numbers (read back with POI), and collects a photo again that its student reported wrong (asked
 * once; the trail names the student). No enum constant, rule id or server path on any page it passes.
 */
class SchoolOfficeBrowserTest extends PortalInBrowser {

    /** What must not reach a page: a constant of the code, or a file inside a server's temp zip. */
    static final String RAW = "[A-Z_]{5,}";

    @Autowired
    SchoolData data;

    /** Each page's visible text by its address. */
    final Map<String, String> seen = new LinkedHashMap<>();

    /** The visible text of the page now open, kept for the scan at the end. */
    String text() {
        String t = browser.findElement(By.tagName("main")).getText();
        seen.put(seen.size() + " " + browser.getCurrentUrl(), t);
        return t;
    }

    HttpResponse<byte[]> fetch(String href) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void codesForOneClassSlipsExcelAndACollectionAgain() throws Exception {
        Assumptions.assumeTrue(PdfPages.DEFAULT_FONTS.stream().anyMatch(Files::isReadable),
                "no CJK TrueType font (apt-get install fonts-droid-fallback): skipping");
        School s = data.school();
        String main = s.main().getCode();
        String a = SchoolData.id();
        String b = SchoolData.id();
        String c = SchoolData.id();
        String d = SchoolData.id();
        Account wang = data.student(s.main(), "王小明", a);
        Path records = Files.write(dir.resolve("学籍.csv"), SchoolData.recordsCsv(
                main + ",王小明,男,," + a + ",0001,土木工程,土木1101,本科,2026",
                main + ",李四,男,," + b + ",0002,土木工程,土木1101,本科,2026",
                main + ",欧阳小芳,女,," + d + ",0003,土木工程,土木1101,本科,2026",
                main + ",孙八,女,," + c + ",0005,土木工程,土木1102,本科,2026"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("p1.jpg", Engines.compliant("idpass/sample_id_3.png"));
        files.put("机读卡.csv", ("证件号码,姓名,性别,学号,院校代码,照片文件名\n" + a + ",王小明,男,0001," + main + ",p1.jpg\n")
                .getBytes(StandardCharsets.UTF_8));
        Path zip = Files.write(dir.resolve("照相馆.zip"), SchoolData.zip(files));
        startBrowser();

        logIn(s.office().getUsername());
        open("/school/records");
        el("records-file").sendKeys(records.toAbsolutePath().toString());
        go(el("records-import"));
        assertThat(el("import-summary").getText()).contains("新增 4 条");
        open("/school");
        el("studio-file").sendKeys(zip.toAbsolutePath().toString());
        go(el("studio-upload"));
        assertThat(browser.getCurrentUrl()).matches(".*/school/studio/\\d+");
        assertThat(awaitJob()).isEqualTo("DONE");
        assertThat(el("job-state").getText()).isEqualTo("导入完成");
        assertThat(el("studio-report").getText()).contains("已采集 1 张");
        assertThat(el("job").getText()).doesNotContainPattern("[A-Z_]{5,}").doesNotContain("studio-import", "Exception");
        Browser.screenshot(browser, SHOTS.resolve("school-studio-job.png"));
        open("/school");
        assertThat(el("studio-jobs").getText()).contains("照相馆.zip", "导入完成");
        text();

        // codes to 土木1101 only: 王小明 was collected by the studio, so 李四 and 欧阳小芳; 孙八 of 土木1102 none
        open("/school/codes");
        new Select(el("className")).selectByVisibleText("土木1101");
        go(el("issue-codes"));
        assertThat(el("issued").getText()).isEqualTo("已发放 2 个采集码。");
        String codes = el("codes").getText();
        assertThat(codes).contains("李四", "欧阳小芳").doesNotContain("孙八", "王小明");
        String liCode = browser.findElement(By.xpath("//table[@id='codes']//tr[td[text()='李四']]//code")).getText();
        Browser.screenshot(browser, SHOTS.resolve("school-codes-one-class.png"));
        text();

        // the slips of 土木1101, as the print button asks for them
        new Select(el("slips-class")).selectByVisibleText("土木1101");
        String slipsHref = (String) browser.executeScript("var f = document.getElementById('slips-form');"
                + " return f.action + '?' + new URLSearchParams(new FormData(f)).toString();");
        HttpResponse<byte[]> slips = fetch(slipsHref);
        assertThat(slips.statusCode()).isEqualTo(200);
        assertThat(slips.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var doc = Loader.loadPDF(slips.body())) {
            String pdf = new PDFTextStripper().getText(doc);
            assertThat(pdf).contains("李*", "欧**芳", "土木1101", liCode, s.featureCode(), "/collect")
                    .doesNotContain("李四", "欧阳小芳", "孙", b, d);
            assertThat(pdf).containsPattern("\\d{4}-\\d{2}-\\d{2}");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100), "png", SHOTS.resolve("school-code-slips-one-class.png").toFile());
            Files.write(SHOTS.resolve("school-code-slips-one-class.pdf"), slips.body());
        }

        // the code table as Excel: full ID numbers to match other lists, only usable codes
        String excelHref = browser.findElement(By.cssSelector("a[href$='/school/codes.xlsx']")).getAttribute("href");
        HttpResponse<byte[]> excel = fetch(excelHref);
        assertThat(excel.statusCode()).isEqualTo(200);
        Map<String, String> idByName = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            DataFormatter f = new DataFormatter();
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(f.formatCellValue(header.getCell(3))).isEqualTo("证件号码");
            for (Row r : wb.getSheetAt(0)) {
                if (r.getRowNum() > 0) {
                    idByName.put(f.formatCellValue(r.getCell(2)), f.formatCellValue(r.getCell(3)));
                }
            }
        }
        assertThat(idByName).containsEntry("李四", b).containsEntry("欧阳小芳", d).doesNotContainKey("孙八");

        // the print sheet of the ticked students only: nothing ticked, the button waits
        open("/school/records");
        assertThat(el("print-selected-submit").isEnabled()).isFalse();
        css("tr[data-record] input[name=record]").click();
        assertThat(el("print-selected-submit").isEnabled()).isTrue();
        assertThat(browser.findElements(By.cssSelector("tr[data-record] input[name=record]"))).as("only 王小明 has a photo").hasSize(1);
        String pickedHref = (String) browser.executeScript("var f = document.getElementById('print-selected');"
                + " return f.action + '?' + new URLSearchParams(new FormData(f)).toString();");
        HttpResponse<byte[]> picked = fetch(pickedHref);
        assertThat(org.gradphoto.portal.print.PdfImages.drawn(picked.body())).hasSize(1);
        try (var doc = Loader.loadPDF(picked.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(a, "王小明");
        }
        text();
        logOut();

        // 王小明 reports the studio photo as not his
        logIn(wang.getUsername());
        open("/me/record");
        css("form[action$='/report-photo'] input[name=note]").sendKeys("照片不是本人");
        go(css("form[action$='/report-photo'] button"));
        logOut();

        // the office collects it again: asked once (declined: nothing happens), then a new code for him
        logIn(s.office().getUsername());
        open("/school/records?reported=true");
        go(browser.findElement(By.linkText("王小明")));
        assertThat(text()).contains("照片不是本人");
        el("recollect-submit").click();
        assertThat(browser.switchTo().alert().getText()).contains("王小明");
        browser.switchTo().alert().dismiss();
        assertThat(has("flash-notice")).isFalse();
        WebElement button = el("recollect-submit");
        button.click();
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
        assertThat(el("flash-notice").getText()).isEqualTo("已安排重新采集，新的采集码见下方。");
        Browser.screenshot(browser, SHOTS.resolve("school-recollect.png"));
        text();
        open("/school/codes");
        assertThat(browser.findElements(By.xpath("//table[@id='codes']//tr[td[text()='王小明']]//code"))).hasSize(1);
        text();
        open("/school/audit");
        assertThat(text()).contains("重新采集照片", "王小明（学号 0001）", "原照片已停用", "发放采集码", "2 个采集码（土木1101）")
                .doesNotContain("学籍记录 ");
        open("/school/linking");
        text();

        assertThat(seen).hasSizeGreaterThan(5);
        seen.forEach((page, t) -> assertThat(t).as(page).doesNotContainPattern(RAW).doesNotContain(".zip!", "/tmp/", "org.gradphoto", "Exception"));
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }
}
