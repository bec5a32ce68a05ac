package org.gradphoto.portal.jobs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gradphoto.portal.RefusedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kind of work for the jobs' own tests, told by the job's input name what to do: {@code items:N} does N items
 * (every third skipped with a note, every fifth unchanged), {@code refuse} is refused, {@code boom} throws,
 * {@code hold} does one item and then waits until {@link #release} is called.
 */
@Component
class ScriptedWork implements JobWork {

    static final String KIND = "test-scripted";
    static final CountDownLatch HELD = new CountDownLatch(1);
    private static volatile CountDownLatch release = new CountDownLatch(1);

    private final TransactionTemplate tx;

    ScriptedWork(TransactionTemplate tx) {
        this.tx = tx;
    }

    static void release() {
        release.countDown();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobRun run) {
        String script = run.job().getInputName();
        if (script.equals("refuse")) {
            throw new RefusedException("studio.error.unreadable");
        }
        if (script.equals("boom")) {
            throw new IllegalStateException("a bug");
        }
        int n = script.equals("hold") ? 2 : Integer.parseInt(script.substring("items:".length()));
        if (run.fresh()) {
            tx.executeWithoutResult(t -> run.size(n));
        }
        for (int i = run.processed(); i < n; i++) {
            int item = i;
            tx.executeWithoutResult(t -> {
                if (item % 3 == 2) {
                    run.skip(item, new Jobs.Note("item " + item, "第 " + item + " 项未做", "item " + item + " not done"));
                } else {
                    run.count(item, item % 5 == 4 ? Job.Outcome.UNCHANGED : Job.Outcome.SUCCEEDED);
                }
            });
            if (script.equals("hold") && item == 0) {
                HELD.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
