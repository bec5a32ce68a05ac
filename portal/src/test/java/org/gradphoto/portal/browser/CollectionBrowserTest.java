package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.collection.school.SchoolData.School;
import org.gradphoto.portal.collection.school.SchoolData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A university's collection in a real headless Chromium: the photo office imports the records and a studio zip,
 * resolves the one photo whose name was misspelt, issues collection codes; a student without an account uploads
 * through their code (a phone photo, fixed at once) and submits; two students proofread, one confirms record and
 * photo; the export holds exactly that student's photo. Screenshots of the linking and proofreading pages.
 */
class CollectionBrowserTest extends PortalInBrowser {

    @Autowired
    SchoolData data;

    void upload(String inputId, String buttonId, Path file) {
        el(inputId).sendKeys(file.toAbsolutePath().toString());
        go(el(buttonId));
    }

    @Test
    void recordsStudioZipOneMismatchOnlineCodeProofreadingAndExport() throws Exception {
        School s = data.school();
        String main = s.main().getCode();
        String a = SchoolData.id();
        String b = SchoolData.id();
        String e = SchoolData.id();
        Account wang = data.student(s.main(), "王小明", a);
        Account sun = data.student(s.main(), "孙八", e);
        byte[] studioPhoto = Engines.compliant("idpass/sample_id_3.png");
        Path records = Files.write(dir.resolve("学籍.csv"), SchoolData.recordsCsv(
                main + ",王小明,男,," + a + ",0001,土木工程,土木1101,本科,2026",
                main + ",李四,男,," + b + ",0002,土木工程,土木1101,本科,2026",
                main + ",孙八,女,," + e + ",0005,土木工程,土木1102,本科,2026"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("p1.jpg", studioPhoto);
        files.put("p2.jpg", studioPhoto);
        files.put("机读卡.csv", ("证件号码,姓名,性别,学号,院校代码,照片文件名\n" + a + ",王晓明,男,0001," + main + ",p1.jpg\n"
                + b + ",李四,男,0002," + main + ",p2.jpg\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path zip = Files.write(dir.resolve("照相馆.zip"), SchoolData.zip(files));
        Path phone = Files.write(dir.resolve("phone.png"), Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
        startBrowser();

        // the photo office imports the records and the studio's zip
        logIn(s.office().getUsername());
        assertThat(browser.getCurrentUrl()).endsWith("/school");
        open("/school/records");
        upload("records-file", "records-import", records);
        assertThat(el("import-summary").getText()).contains("新增 3 条");
        open("/school");
        upload("studio-file", "studio-upload", zip);
        assertThat(awaitJob()).isEqualTo("DONE");
        assertThat(el("studio-report").getText()).contains("已采集 2 张");
        go(el("job-next"));
        assertThat(browser.getCurrentUrl()).endsWith("/school/linking");

        // one photo did not link: the studio misspelt the name; the school corrects the collection data
        WebElement problem = css("div.problem[data-problem='NAME_DIFFERS']");
        assertThat(problem.getText()).contains("姓名与学籍不一致", "王晓明", "王小明");
        Browser.screenshot(browser, SHOTS.resolve("collection-linking.png"));
        go(problem.findElement(By.cssSelector("form.correct-photo button")));
        assertThat(el("flash-notice").getText()).isEqualTo("已修改。");
        assertThat(browser.findElements(By.cssSelector("div.problem"))).isEmpty();
        assertThat(el("without-photo").getText()).contains("孙八").doesNotContain("王小明");

        // collection codes; 孙八's goes to her
        open("/school/codes");
        go(el("issue-codes"));
        assertThat(el("issued").getText()).as("only 孙八: the other two were collected by the studio").isEqualTo("已发放 1 个采集码。");
        String code = browser.findElement(By.xpath("//table[@id='codes']//tr[td[text()='孙八']]//code")).getText();
        logOut();

        // 孙八 uploads without an account: the phone photo fails, the fixed one passes and is submitted
        open("/collect?code=" + code);
        assertThat(el("code").getAttribute("value")).isEqualTo(code);
        el("featureCode").sendKeys(s.featureCode());
        go(el("open"));
        assertThat(el("holder").getText()).contains("孙*");
        upload("file", "upload", phone);
        assertThat(el("verdict").getText()).isEqualTo("不合格");
        assertThat(el("fix-offer").isDisplayed()).isTrue();
        go(el("use-fix"));
        assertThat(el("verdict").getText()).startsWith("合格");
        go(el("submit"));
        assertThat(el("done").getText()).contains("照片已提交");

        // 王小明 confirms record and photo; 孙八 confirms her record only
        logIn(wang.getUsername());
        open("/me/record");
        assertThat(browser.findElements(By.cssSelector("[data-record]"))).hasSize(1);
        go(css(".confirm-record"));
        go(css(".confirm-photo"));
        assertThat(browser.findElements(By.cssSelector(".check[data-check='CONFIRMED']"))).hasSize(2);
        Browser.screenshot(browser, SHOTS.resolve("collection-proofread.png"));
        logOut();
        logIn(sun.getUsername());
        open("/me/record");
        assertThat(css("img.record-photo").getAttribute("naturalWidth")).isEqualTo("480");
        go(css(".confirm-record"));
        logOut();

        // the export holds exactly 王小明's photo
        logIn(s.office().getUsername());
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/school/export.zip")).header("Cookie", sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
            for (ZipEntry en; (en = in.getNextEntry()) != null; ) {
                names.add(en.getName());
            }
        }
        assertThat(names).containsExactly(a + ".jpg", "records.csv");
        open("/school");
        assertThat(el("counts").getText()).contains("土木1101 2 2 2 1 0", "土木1102 1 1 1 0 0");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }
}
