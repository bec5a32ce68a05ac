package org.gradphoto.batch.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.gradphoto.batch.BatchListener;
import org.gradphoto.batch.BatchOptions;
import org.gradphoto.batch.BatchRunner;
import org.gradphoto.batch.BatchSummary;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.opencv.core.Mat;

/** report.html in a real headless Chromium: it opens without errors, shows every photo, and its filters work. */
class HtmlReportBrowserTest {

    @TempDir
    Path dir;

    @Test
    void opensInChromiumWithoutErrorsAndFilters() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] good = Engines.compliant("idpass/sample_id_3.png");
        Files.write(in.resolve(IdNumber.complete("11010520010101101").value() + ".jpg"), good);
        Files.write(in.resolve(IdNumber.complete("11010520010101102").value() + ".jpg"), Engines.compliant("idpass/sample_id_2.png"));
        Files.write(in.resolve(IdNumber.complete("11010520010101103").value() + ".png"),
                Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
        Files.write(in.resolve(IdNumber.complete("11010520010101104").value() + ".jpg"),
                Faces.bytes(Faces.shipped("hivision/test4.jpg")));
        Mat m = Pictures.decode(good);
        Files.write(in.resolve("张三.jpg"), Pictures.jpeg(Pictures.shift(m, 0, 60, Pictures.topColour(m)), 92, 300));
        Files.write(in.resolve(IdNumber.complete("11010520010101105").value() + ".heic"), BadFiles.heic());
        Path out = dir.resolve("out");
        BatchSummary s = new BatchRunner(Engines.engine()).run(List.of(in),
                new BatchOptions(Engines.chsi(), true, "white", out, false, 2, ZipLimits.DEFAULT), BatchListener.NONE);
        assertThat(s.rows()).hasSize(6);

        ChromeDriver browser = Browser.start(dir.resolve("chrome"));
        try {
            browser.get(out.resolve("report.html").toUri().toString());
            assertThat(browser.getTitle()).contains("照片批量检查报告");
            List<WebElement> cards = browser.findElements(By.cssSelector(".card"));
            assertThat(cards).hasSize(6);
            // worst first: the unreadable HEIC and the refused bun before the passing photos
            assertThat(cards.get(0).getAttribute("data-status")).isEqualTo("UNREADABLE");
            assertThat(cards.get(cards.size() - 1).getAttribute("data-status")).isEqualTo("PASSED");
            assertThat(browser.findElements(By.cssSelector(".card img"))).hasSize(5);
            assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("6");

            browser.findElement(By.cssSelector("#status-filter button[data-value=FIXED]")).click();
            assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("2");
            assertThat(cards.stream().filter(WebElement::isDisplayed).map(c -> c.getAttribute("data-status")))
                    .containsOnly("FIXED");

            browser.findElement(By.cssSelector("#status-filter button:not([data-value])")).click();
            browser.findElement(By.cssSelector("#category-filter button[data-value='照片文件不规范']")).click();
            long nonStandard = s.rows().stream().filter(r -> r.categories().contains("照片文件不规范")).count();
            assertThat(nonStandard).isPositive().isLessThan(6);
            assertThat(cards.stream().filter(WebElement::isDisplayed).count()).isEqualTo(nonStandard);
            assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo(String.valueOf(nonStandard));

            browser.findElement(By.cssSelector("#category-filter button:not([data-value])")).click();
            assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("6");

            List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(errors).isEmpty();

            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Path shot = Path.of("target/batch-report.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, png);
            assertThat(png.length).isGreaterThan(10_000);
        } finally {
            browser.quit();
        }
    }
}
