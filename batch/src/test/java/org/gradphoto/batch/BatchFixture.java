package org.gradphoto.batch;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.gradphoto.engine.fix.SizeWindowEncoder;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.opencv.core.Mat;

/**
 * A school's batch made from the shipped real photos by transformation, with every outcome known in advance:
 * compliant photos moved by a few pixels (pass, or pass with warnings), ordinary photos re-encoded (fixable),
 * photos only a new photo fixes, broken files, a GBK zip from Chinese Windows, a zip with traversal and link
 * entries, a zip bomb, and names that are no ID number, carry a wrong check digit or a duplicate number.
 */
final class BatchFixture {

    final Path in;
    final Map<PhotoStatus, Integer> expected = new EnumMap<>(PhotoStatus.class);
    final Map<NameProblem, Integer> expectedNameProblems = new EnumMap<>(NameProblem.class);
    /** The ID numbers that must be in export/ (as file names). */
    final Set<String> expectedExport = new TreeSet<>();
    private int serial;

    private BatchFixture(Path in) {
        this.in = in;
    }

    static BatchFixture build(Path in) throws IOException {
        BatchFixture f = new BatchFixture(Files.createDirectories(in));
        f.make();
        return f;
    }

    /** A new valid ID number, different each time. */
    private IdNumber nextId() {
        LocalDate birth = LocalDate.of(2001, 1, 1).plusDays(serial / 500);
        String seq = String.format("%03d", serial % 500 + 100);
        serial++;
        return IdNumber.complete("110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + seq);
    }

    private void expect(PhotoStatus s, String id, NameProblem problem) {
        expected.merge(s, 1, Integer::sum);
        if (problem != null) {
            expectedNameProblems.merge(problem, 1, Integer::sum);
        }
        if (s.exportable() && problem == null && id != null) {
            expectedExport.add(id + ".jpg");
        }
    }

    /** Writes a photo named by a fresh ID number and records what must become of it. */
    private void photo(Path dir, byte[] bytes, String ext, PhotoStatus s) throws IOException {
        IdNumber id = nextId();
        Files.write(dir.resolve(id.value() + ext), bytes);
        expect(s, id.value(), null);
    }

    private void make() throws IOException {
        SizeWindowEncoder window = new SizeWindowEncoder(60, 20 * 1024, 40 * 1024, 300);
        // 1. compliant photos moved a few pixels: 42 variants of each of four portraits
        Path good = Files.createDirectories(in.resolve("studio"));
        Map<String, PhotoStatus> bases = new LinkedHashMap<>();
        bases.put("idpass/sample_id_1.png", PhotoStatus.PASSED);
        bases.put("idpass/sample_id_3.png", PhotoStatus.PASSED);
        bases.put("idpass/sample_id_2.png", PhotoStatus.WARNINGS);
        bases.put("idpass/sample_id_4.png", PhotoStatus.WARNINGS);
        for (Map.Entry<String, PhotoStatus> b : bases.entrySet()) {
            Mat m = Pictures.decode(Engines.compliant(b.getKey()));
            for (int d = -12; d <= 12; d++) {
                photo(good, window.encode(Pictures.reframe(m, d, 0)).bytes(), ".jpg", b.getValue());
            }
            for (int d = -8; d <= 8; d++) {
                photo(good, window.encode(Pictures.reframe(m, 0, d)).bytes(), ".jpg", b.getValue());
            }
        }
        // 2. ordinary photos, fixable: re-encoded at seven qualities, and as PNG
        Path phone = Files.createDirectories(in.resolve("phones/2024级"));
        for (String s : new String[] {"idpass/sample_id_1.png", "idpass/sample_id_2.png", "idpass/sample_id_3.png",
            "idpass/sample_id_4.png", "hivision/test1.jpg", "hivision/test2.jpg"}) {
            Mat m = Pictures.decode(Faces.bytes(Faces.shipped(s)));
            for (int q = 65; q <= 95; q += 5) {
                photo(phone, Pictures.jpeg(m, q, 72), ".jpg", PhotoStatus.FIXED);
            }
            photo(phone, Pictures.png(m), ".png", PhotoStatus.FIXED);
        }
        // 3. photos only a new photo fixes
        Path bad = Files.createDirectories(in.resolve("retake"));
        for (String s : new String[] {"hivision/test3.jpg", "hivision/test4.jpg", "skimage/astronaut.png"}) {
            Mat m = Pictures.decode(Faces.bytes(Faces.shipped(s)));
            for (int q = 65; q <= 95; q += 5) {
                photo(bad, Pictures.jpeg(m, q, 72), ".jpg", PhotoStatus.REFUSED);
            }
        }
        // 4. broken files
        Path broken = Files.createDirectories(in.resolve("broken"));
        byte[] random = new byte[50_000];
        new java.util.Random(5).nextBytes(random);
        photo(broken, new byte[0], ".jpg", PhotoStatus.UNREADABLE);
        photo(broken, random, ".jpg", PhotoStatus.UNREADABLE);
        photo(broken, BadFiles.heic(), ".heic", PhotoStatus.UNREADABLE);
        photo(broken, "%PDF-1.4\n1 0 obj <<>> endobj\n".getBytes(), ".pdf", PhotoStatus.UNREADABLE);
        photo(broken, BadFiles.pngBomb(), ".png", PhotoStatus.UNREADABLE);

        // 5. names: no ID number, a wrong check digit, an impossible date, two duplicate pairs
        byte[] ok = window.encode(Pictures.decode(Engines.compliant("idpass/sample_id_1.png"))).bytes();
        Path names = Files.createDirectories(in.resolve("names"));
        Files.write(names.resolve("张三.jpg"), ok);
        expect(PhotoStatus.PASSED, null, NameProblem.NOT_AN_ID);
        Files.write(names.resolve("IMG_2031.JPG"), ok);
        expect(PhotoStatus.PASSED, null, NameProblem.NOT_AN_ID);
        String valid = nextId().value();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        Files.write(names.resolve(valid.substring(0, 17) + wrong + ".jpg"), ok);
        expect(PhotoStatus.PASSED, null, NameProblem.CHECK_DIGIT);
        Files.write(names.resolve("110105200102300015.jpg"), ok);
        expect(PhotoStatus.PASSED, null, NameProblem.BIRTH_DATE);
        for (int pair = 0; pair < 2; pair++) {
            String dup = nextId().value();
            Files.write(names.resolve(dup + ".jpg"), ok);
            Files.createDirectories(names.resolve("again"));
            Files.write(names.resolve("again").resolve(dup.toLowerCase() + ".jpg"), ok);
            expect(PhotoStatus.PASSED, dup, NameProblem.DUPLICATE);
            expect(PhotoStatus.PASSED, dup, NameProblem.DUPLICATE);
        }

        // 6. a zip from Chinese Windows: GBK names, no UTF-8 flag, class folders
        Map<String, byte[]> gbk = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            IdNumber id = nextId();
            gbk.put((i < 5 ? "一班/" : "二班/") + id.value() + ".jpg", ok);
            expect(PhotoStatus.PASSED, id.value(), null);
        }
        Zips.write(in.resolve("毕业照片.zip"), gbk, Charset.forName("GBK"));

        // 7. a hostile zip: traversal and an absolute path beside one good photo; a link
        Map<String, byte[]> evil = new LinkedHashMap<>();
        evil.put("../../escape.jpg", ok);
        evil.put("/tmp/absolute.jpg", ok);
        IdNumber inside = nextId();
        evil.put("ok/" + inside.value() + ".jpg", ok);
        Zips.write(in.resolve("evil.zip"), evil, Charset.forName("UTF-8"));
        expect(PhotoStatus.REJECTED, null, NameProblem.NOT_AN_ID);
        expect(PhotoStatus.REJECTED, null, NameProblem.NOT_AN_ID);
        expect(PhotoStatus.PASSED, inside.value(), null);
        IdNumber beside = nextId();
        Zips.withLink(in.resolve("links.zip"), "passwd.jpg", "/etc/passwd", beside.value() + ".jpg", ok);
        expect(PhotoStatus.REJECTED, null, NameProblem.NOT_AN_ID);
        expect(PhotoStatus.PASSED, beside.value(), null);

        // 8. a zip bomb: 300 MB of zeros in a few hundred KB, beside one good photo
        IdNumber survivor = nextId();
        IdNumber bombName = nextId();
        Zips.bomb(in.resolve("bomb.zip"), bombName.value() + ".jpg", 300, survivor.value() + ".jpg", ok);
        expect(PhotoStatus.REJECTED, bombName.value(), null);
        expect(PhotoStatus.PASSED, survivor.value(), null);
    }

    int total() {
        return expected.values().stream().mapToInt(Integer::intValue).sum();
    }
}
