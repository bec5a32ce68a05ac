package org.gradphoto.batch.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** export.zip: the export folder's photos, stored (JPEGs do not compress), names in UTF-8. */
final class ExportZip {

    private ExportZip() {
    }

    static void write(Path exportDir, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(exportDir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        try (OutputStream o = Files.newOutputStream(part); ZipOutputStream z = new ZipOutputStream(o, StandardCharsets.UTF_8)) {
            z.setLevel(0);
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        Files.move(part, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
