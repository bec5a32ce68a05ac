package org.gradphoto.bench;

import java.util.Arrays;
import java.util.Locale;

/** Repeats a task and reports median and 90th percentile in milliseconds. */
final class Timing {

    private Timing() {
    }

    record Result(double medianMs, double p90Ms, int runs) {
        String cells() {
            return String.format(Locale.ROOT, "%8.1f %8.1f %5d", medianMs, p90Ms, runs);
        }
    }

    static Result time(int warmup, int runs, Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Result(ms[runs / 2], ms[(int) Math.min(runs - 1, Math.round(runs * 0.9))], runs);
    }

    static String machine() {
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }
}
