package org.gradphoto.batch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipPhotosTest {

    @TempDir
    Path dir;

    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};

    private Path zip(String name, Map<String, byte[]> entries, Charset cs) throws Exception {
        Path z = dir.resolve(name);
        try (var o = Files.newOutputStream(z); ZipArchiveOutputStream out = new ZipArchiveOutputStream(o)) {
            out.setEncoding(cs.name());
            out.setUseLanguageEncodingFlag(cs == StandardCharsets.UTF_8);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (var e : entries.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
        return z;
    }

    @Test
    void readsGbkNamesOfAZipMadeOnChineseWindows() throws Exception {
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("一班/张三.jpg", PHOTO);
        e.put("二班/李四/110105194912310021.jpg", PHOTO);
        try (ZipPhotos z = ZipPhotos.open(zip("班级.zip", e, Charset.forName("GBK")), ZipLimits.DEFAULT)) {
            assertThat(z.photos()).extracting(PhotoSource::source)
                    .containsExactly("班级.zip!/一班/张三.jpg", "班级.zip!/二班/李四/110105194912310021.jpg");
            assertThat(z.photos().get(0).fileName()).isEqualTo("张三.jpg");
            assertThat(z.photos().get(0).read()).isEqualTo(PHOTO);
            assertThat(z.rejections()).isEmpty();
        }
    }

    @Test
    void readsUtf8NamesWithAndWithoutTheFlag() throws Exception {
        Map<String, byte[]> e = Map.of("照片/王五.jpg", PHOTO);
        try (ZipPhotos z = ZipPhotos.open(zip("utf8.zip", e, StandardCharsets.UTF_8), ZipLimits.DEFAULT)) {
            assertThat(z.photos().get(0).fileName()).isEqualTo("王五.jpg");
        }
        // a UTF-8 name written without the flag (macOS, Linux zip tools) is still read as UTF-8
        Path noFlag = dir.resolve("noflag.zip");
        try (var o = Files.newOutputStream(noFlag); ZipArchiveOutputStream out = new ZipArchiveOutputStream(o)) {
            out.setEncoding("UTF-8");
            out.setUseLanguageEncodingFlag(false);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            out.putArchiveEntry(new ZipArchiveEntry("照片/王五.jpg"));
            out.write(PHOTO);
            out.closeArchiveEntry();
        }
        try (ZipPhotos z = ZipPhotos.open(noFlag, ZipLimits.DEFAULT)) {
            assertThat(z.photos().get(0).fileName()).isEqualTo("王五.jpg");
        }
    }

    @Test
    void refusesTraversalAbsolutePathsAndLinksAndKeepsTheRest() throws Exception {
        Path z = dir.resolve("evil.zip");
        try (var o = Files.newOutputStream(z); ZipArchiveOutputStream out = new ZipArchiveOutputStream(o)) {
            for (String n : new String[] {"../../escape.jpg", "/etc/cron.d/x.jpg", "C:/Windows/x.jpg", "ok/../../up.jpg",
                "good.jpg"}) {
                out.putArchiveEntry(new ZipArchiveEntry(n));
                out.write(PHOTO);
                out.closeArchiveEntry();
            }
            ZipArchiveEntry link = new ZipArchiveEntry("link.jpg");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        try (ZipPhotos photos = ZipPhotos.open(z, ZipLimits.DEFAULT)) {
            assertThat(photos.photos()).extracting(PhotoSource::fileName).containsExactly("good.jpg");
            assertThat(photos.rejections()).extracting(Rejection::reason).containsExactly(Rejection.Reason.TRAVERSAL,
                    Rejection.Reason.ABSOLUTE_PATH, Rejection.Reason.ABSOLUTE_PATH, Rejection.Reason.TRAVERSAL,
                    Rejection.Reason.LINK);
            assertThat(photos.rejections().get(0).reason().zh()).contains("已拒绝");
        }
    }

    @Test
    void stopsAZipBombAtTheRatioLimitWithoutInflatingIt() throws Exception {
        Path z = dir.resolve("bomb.zip");
        try (var o = Files.newOutputStream(z); ZipArchiveOutputStream out = new ZipArchiveOutputStream(o)) {
            out.putArchiveEntry(new ZipArchiveEntry("big.jpg"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        }
        assertThat(Files.size(z)).isLessThan(1 << 20);
        try (ZipPhotos photos = ZipPhotos.open(z, ZipLimits.DEFAULT)) {
            PhotoSource bomb = photos.photos().get(0);
            assertThatThrownBy(bomb::read).isInstanceOfSatisfying(PhotoSource.RejectedException.class,
                    e -> assertThat(e.rejection().reason()).isEqualTo(Rejection.Reason.BOMB));
        }
    }

    @Test
    void stopsAnEntryBeyondTheSizeLimitAndAZipBeyondItsEntryCount() throws Exception {
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("a.jpg", new byte[3000]);
        e.put("b.jpg", PHOTO);
        e.put("c.jpg", PHOTO);
        ZipLimits tight = new ZipLimits(2, 1000, 1L << 30, 1_000_000);
        try (ZipPhotos photos = ZipPhotos.open(zip("tight.zip", e, StandardCharsets.UTF_8), tight)) {
            assertThat(photos.photos()).hasSize(2);
            assertThat(photos.rejections()).extracting(Rejection::reason).containsExactly(Rejection.Reason.TOO_MANY_ENTRIES);
            assertThatThrownBy(() -> photos.photos().get(0).read()).isInstanceOfSatisfying(
                    PhotoSource.RejectedException.class,
                    ex -> assertThat(ex.rejection().reason()).isEqualTo(Rejection.Reason.ENTRY_TOO_LARGE));
        }
    }

    @Test
    void aDamagedZipIsOneRejection() throws Exception {
        Path z = dir.resolve("broken.zip");
        Files.write(z, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        try (ZipPhotos photos = ZipPhotos.open(z, ZipLimits.DEFAULT)) {
            assertThat(photos.photos()).isEmpty();
            assertThat(photos.rejections()).extracting(Rejection::reason).containsExactly(Rejection.Reason.DAMAGED);
        }
    }
}
