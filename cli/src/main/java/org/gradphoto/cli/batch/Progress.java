package org.gradphoto.cli.batch;

import java.io.PrintStream;
import java.util.Locale;
import org.gradphoto.batch.BatchListener;
import org.gradphoto.batch.BatchRow;
import org.gradphoto.cli.Lang;

/**
 * Progress of a batch: on a terminal a bar redrawn in place (count, rate, time left); elsewhere (a log, a pipe)
 * a plain line every ten per cent or every ten seconds.
 */
final class Progress implements BatchListener {

    private final PrintStream out;
    private final boolean terminal;
    private final Lang lang;
    private long start;
    private long lastLine;
    private int lastTenth = -1;

    Progress(PrintStream out, boolean terminal, Lang lang) {
        this.out = out;
        this.terminal = terminal;
        this.lang = lang;
    }

    @Override
    public synchronized void started(int toProcess, int skipped) {
        start = System.nanoTime();
        lastLine = start;
        out.println(lang.pick("待处理 " + toProcess + " 张" + (skipped > 0 ? "，跳过上次已完成的 " + skipped + " 张" : ""),
                toProcess + " photos to do" + (skipped > 0 ? ", " + skipped + " done by an earlier run skipped" : "")));
    }

    @Override
    public synchronized void advanced(int done, int total, BatchRow row) {
        long now = System.nanoTime();
        double secs = (now - start) / 1e9;
        double rate = done / Math.max(1e-9, secs);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String text = String.format(Locale.ROOT, "%d/%d  %.1f %s  %s %d:%02d", done, total, rate,
                lang.pick("张/秒", "photos/s"), lang.pick("剩余", "left"), left / 60, left % 60);
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) done * width / total);
            out.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + text + "   ");
            if (done == total) {
                out.println();
            }
            out.flush();
        } else {
            int tenth = total == 0 ? 10 : (int) ((long) done * 10 / total);
            if (tenth != lastTenth || now - lastLine > 10_000_000_000L || done == total) {
                out.println(text);
                lastTenth = tenth;
                lastLine = now;
            }
        }
    }
}
