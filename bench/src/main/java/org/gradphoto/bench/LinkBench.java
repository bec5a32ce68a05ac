package org.gradphoto.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.portal.collection.linking.LinkReport;
import org.gradphoto.portal.collection.linking.Linker;
import org.gradphoto.portal.collection.linking.Mismatch;

/**
 * How long linking a school takes (the office's linking, records and dashboard pages recompute it): N records and
 * N photos, 90 % matching and the rest spread over every mismatch, linked in memory. Prints a table; the database
 * reads before it are not included.
 *
 * <p>Run: {@code mvn -q -pl bench -am install -DskipTests && mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.LinkBench}.
 */
public final class LinkBench {

    private LinkBench() {
    }

    public static void main(String[] args) {
        System.out.println("LinkBench, " + LocalDate.now() + ", " + Timing.machine());
        System.out.println("records   photos   median ms    p90 ms  runs   linked  problems");
        for (int n : new int[] {1_000, 10_000, 50_000}) {
            School s = school(n, new Random(n));
            LinkReport[] last = new LinkReport[1];
            Timing.Result t = Timing.time(5, n >= 50_000 ? 10 : 30, () -> last[0] = Linker.link(s.records, s.photos));
            int problems = last[0].counts().values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(Locale.ROOT, "%7d %8d %s %8d %9d%n", s.records.size(), s.photos.size(), t.cells(),
                    last[0].linkedPhotoOfRecord().size(), problems);
            if (last[0].counts().size() != Mismatch.values().length) {
                throw new IllegalStateException("every mismatch should occur: " + last[0].counts());
            }
        }
    }

    private record School(List<Linker.RecordData> records, List<Linker.PhotoData> photos) {
    }

    /** A school of n students: 90 % photos that link, the rest one of each mismatch in turn. */
    private static School school(int n, Random random) {
        List<Linker.RecordData> records = new ArrayList<>();
        List<Linker.PhotoData> photos = new ArrayList<>();
        long photoId = 1;
        for (int i = 0; i < n; i++) {
            int k = i / 1000;
            String id = IdNumber.complete(String.format(Locale.ROOT, "430102%04d%02d%02d%03d", 1990 + k % 20, 1 + k / 20 % 12,
                    1 + k / 240 % 28, i % 1000)).value();
            String name = "学生" + i;
            String code = i % 7 == 0 ? "13635" : "10536";
            records.add(new Linker.RecordData(i, code, id, name));
            int kind = random.nextInt(100);
            switch (kind < 90 ? -1 : kind % 6) {
                case -1 -> photos.add(new Linker.PhotoData(photoId++, code, id, name));
                case 0 -> photos.add(new Linker.PhotoData(photoId++, code, id, name + "X"));
                case 1 -> photos.add(new Linker.PhotoData(photoId++, code, "9" + id.substring(1), name));
                case 2 -> photos.add(new Linker.PhotoData(photoId++, code.equals("10536") ? "13635" : "10536", id, name));
                case 3 -> photos.add(new Linker.PhotoData(photoId++, code, "8" + id.substring(1), "无此人" + i));
                case 4 -> {
                    photos.add(new Linker.PhotoData(photoId++, code, id, name));
                    photos.add(new Linker.PhotoData(photoId++, code, id, ""));
                }
                default -> records.add(new Linker.RecordData(n + i, code, id, name));
            }
        }
        return new School(records, photos);
    }
}
