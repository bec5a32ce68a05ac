package org.gradphoto.batch.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.gradphoto.batch.StoredRows;
import org.gradphoto.engine.profile.Profile;

/** Writes a batch's results into its output folder: results.csv, results.xlsx, report.html, export.zip. */
public final class BatchReports {

    private BatchReports() {
    }

    public static void write(Path out, StoredRows rows, Profile profile) throws IOException {
        Path work = out.resolve(".batch");
        // POI's streaming workbook spills to temporary files: keep them inside the output folder
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(
                Files.createDirectories(work.resolve("tmp")).toFile()));
        CsvReport.write(out.resolve("results.csv"), rows.bySource());
        XlsxReport.write(out.resolve("results.xlsx"), rows.bySource());
        HtmlReport.write(out.resolve("report.html"), rows, profile, work.resolve("thumbs"));
        ExportZip.write(out.resolve("export"), out.resolve("export.zip"));
    }
}
