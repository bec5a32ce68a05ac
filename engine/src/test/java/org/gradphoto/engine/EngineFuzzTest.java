package org.gradphoto.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A few hundred seeded mutations of real photos (flipped bytes, cuts, lying headers, huge chunk lengths, spliced
 * files) through {@link PhotoEngine#inspect}: no exception escapes, no rule fails to measure, no file takes more
 * than a few seconds, and the process's memory stays within a bound. The seed is fixed, so a failure repeats.
 */
class EngineFuzzTest {

    private static final int CASES = 360;
    private static final long SEED = 20261202L;
    /** Resident memory the whole run may add to the process (the heap is 1 GB; native decoders come on top). */
    private static final long MAX_RSS_GROWTH = 1L << 30;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void noMutatedFileThrowsHangsOrExhaustsMemory() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : new String[] {"hivision/test3.jpg", "hivision/test4.jpg", "idpass/sample_id_3.png",
            "skimage/astronaut.png"}) {
            seeds.add(Faces.bytes(Faces.shipped(name)));
        }
        Path shared = Faces.sharedRoot();
        if (shared != null && Files.isRegularFile(shared.resolve("3ddfa_v2/JianzhuGuo.jpg"))) {
            seeds.add(Files.readAllBytes(shared.resolve("3ddfa_v2/JianzhuGuo.jpg")));
        }
        Engines.check(seeds.get(0), "warm.jpg");
        long rssBefore = residentBytes();
        Random random = new Random(SEED);
        List<String> slow = new ArrayList<>();
        int[] verdicts = new int[Verdict.values().length];
        for (int i = 0; i < CASES; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] file = m.apply(seed, random);
            String name = "fuzz-" + i + "-" + m + (isPng(seed) ? ".png" : ".jpg");
            long t0 = System.nanoTime();
            Inspection in = Engines.check(file, name);
            double seconds = (System.nanoTime() - t0) / 1e9;
            verdicts[in.verdict().ordinal()]++;
            assertThat(in.results()).as(name).hasSize(RuleCatalogue.checkedOnEveryPhoto().size());
            for (RuleResult r : in.results()) {
                assertThat(r.messageZh()).as(name + " " + r.id()).doesNotContain("出错");
                assertThat(r.messageZh()).as(name + " " + r.id()).isNotBlank();
            }
            if (seconds > 5) {
                slow.add(name + " " + seconds + " s");
            }
        }
        assertThat(slow).isEmpty();
        assertThat(residentBytes() - rssBefore).isLessThan(MAX_RSS_GROWTH);
        // the mutations reach every kind of outcome, so the test exercises the paths it claims to
        assertThat(verdicts[Verdict.UNREADABLE.ordinal()]).isPositive();
        assertThat(verdicts[Verdict.FAIL.ordinal()]).isPositive();
    }

    private enum Mutation {
        FLIP_BYTES {
            @Override
            byte[] apply(byte[] seed, Random r) {
                byte[] b = seed.clone();
                int n = 1 + r.nextInt(24);
                for (int k = 0; k < n; k++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
        },
        FLIP_HEADER_BYTES {
            @Override
            byte[] apply(byte[] seed, Random r) {
                byte[] b = seed.clone();
                int n = 1 + r.nextInt(6);
                for (int k = 0; k < n; k++) {
                    b[r.nextInt(Math.min(b.length, 700))] = (byte) r.nextInt(256);
                }
                return b;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] seed, Random r) {
                return java.util.Arrays.copyOf(seed, r.nextInt(seed.length));
            }
        },
        ZERO_RANGE {
            @Override
            byte[] apply(byte[] seed, Random r) {
                byte[] b = seed.clone();
                int from = r.nextInt(b.length);
                java.util.Arrays.fill(b, from, Math.min(b.length, from + 1 + r.nextInt(4096)), (byte) 0);
                return b;
            }
        },
        LYING_SIZE {
            @Override
            byte[] apply(byte[] seed, Random r) {
                byte[] b = seed.clone();
                int w = pick(r);
                int h = pick(r);
                if (isPng(b)) {
                    ByteBuffer.wrap(b).putInt(16, w).putInt(20, h);
                    if (r.nextBoolean()) {
                        b[24] = (byte) (r.nextBoolean() ? 16 : 8);
                        b[25] = (byte) new int[] {0, 2, 3, 4, 6}[r.nextInt(5)];
                    }
                    fixCrc(b, 8);
                } else {
                    for (int i = 2; i < b.length - 9; i++) {
                        if ((b[i] & 0xFF) == 0xFF && ((b[i + 1] & 0xFF) == 0xC0 || (b[i + 1] & 0xFF) == 0xC2)) {
                            ByteBuffer.wrap(b).putShort(i + 5, (short) Math.min(h, 65535))
                                    .putShort(i + 7, (short) Math.min(w, 65535));
                            break;
                        }
                    }
                }
                return b;
            }

            private int pick(Random r) {
                return switch (r.nextInt(4)) {
                    case 0 -> 1 + r.nextInt(16);
                    case 1 -> 1 + r.nextInt(2000);
                    case 2 -> 1 + r.nextInt(65535);
                    default -> r.nextInt();
                };
            }
        },
        HUGE_LENGTH {
            @Override
            byte[] apply(byte[] seed, Random r) {
                byte[] b = seed.clone();
                // a segment or chunk length field somewhere in the first kilobyte claims nearly everything
                int at = 2 + r.nextInt(Math.min(b.length - 6, 1000));
                ByteBuffer.wrap(b).putInt(at, r.nextBoolean() ? 0x7FFF_FFF0 : 0xFFFF_0000);
                return b;
            }
        },
        SPLICE {
            @Override
            byte[] apply(byte[] seed, Random r) {
                // the head of the file twice, then the rest: duplicated headers, tables and chunks
                int cut = 1 + r.nextInt(Math.min(seed.length - 1, 4000));
                byte[] b = new byte[seed.length + cut];
                System.arraycopy(seed, 0, b, 0, cut);
                System.arraycopy(seed, 0, b, cut, seed.length);
                return b;
            }
        };

        abstract byte[] apply(byte[] seed, Random r);
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P';
    }

    /** Rewrites the CRC of the chunk at {@code at} so that only its content is wrong, not its checksum. */
    private static void fixCrc(byte[] b, int at) {
        int length = ByteBuffer.wrap(b).getInt(at);
        if (length < 0 || at + 12 + length > b.length) {
            return;
        }
        CRC32 crc = new CRC32();
        crc.update(b, at + 4, 4 + length);
        ByteBuffer.wrap(b).putInt(at + 8 + length, (int) crc.getValue());
    }

    /** This process's resident memory, from /proc (0 where there is none). */
    private static long residentBytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }
}
