package org.gradphoto.batch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch takes from folders: photos in nested folders; never system files, links or its own output. */
class BatchInputsTest {

    @TempDir
    Path dir;

    @Test
    void takesEveryFileOfNestedFoldersSortedAndSkipsSystemFiles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("class1"));
        Files.write(in.resolve("b.jpg"), new byte[] {1});
        Files.write(Files.createDirectories(in.resolve("sub")).resolve("a.jpg"), new byte[] {2});
        Files.write(in.resolve("Thumbs.db"), new byte[] {3});
        Files.write(in.resolve("desktop.ini"), new byte[] {4});
        Files.write(Files.createDirectories(in.resolve(".git")).resolve("c.jpg"), new byte[] {5});
        try (BatchInputs b = BatchInputs.of(List.of(in), ZipLimits.DEFAULT, dir.resolve("out"))) {
            assertThat(b.photos()).extracting(PhotoSource::source).containsExactly("class1/b.jpg", "class1/sub/a.jpg");
            assertThat(b.rejections()).isEmpty();
        }
    }

    @Test
    void neverReadsItsOwnOutputFolderInsideTheInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("photos"));
        Files.write(in.resolve("a.jpg"), new byte[] {1});
        Path out = in.resolve("checked");
        Files.write(Files.createDirectories(out.resolve("export")).resolve("110105200101011016.jpg"), new byte[] {2});
        try (BatchInputs b = BatchInputs.of(List.of(in), ZipLimits.DEFAULT, out)) {
            assertThat(b.photos()).extracting(PhotoSource::source).containsExactly("photos/a.jpg");
        }
    }

    @Test
    void refusesALinkInAFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path secret = Files.write(dir.resolve("secret.jpg"), new byte[] {1});
        Files.createSymbolicLink(in.resolve("link.jpg"), secret);
        try (BatchInputs b = BatchInputs.of(List.of(in), ZipLimits.DEFAULT, dir.resolve("out"))) {
            assertThat(b.photos()).isEmpty();
            assertThat(b.rejections()).extracting(Rejection::source, Rejection::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("in/link.jpg", Rejection.Reason.LINK));
        }
    }

    @Test
    void skipsWindowsAndMacLeftoversInAZip() throws Exception {
        Path zip = dir.resolve("class.zip");
        try (OutputStream f = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(f)) {
            for (String name : List.of("p/a.jpg", "p/Thumbs.db", "__MACOSX/p/._a.jpg", "p/.DS_Store")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(new byte[] {1, 2, 3});
                z.closeEntry();
            }
        }
        try (BatchInputs b = BatchInputs.of(List.of(zip), ZipLimits.DEFAULT, dir.resolve("out"))) {
            assertThat(b.photos()).extracting(PhotoSource::source).containsExactly("class.zip!/p/a.jpg");
            assertThat(b.rejections()).isEmpty();
        }
    }
}
