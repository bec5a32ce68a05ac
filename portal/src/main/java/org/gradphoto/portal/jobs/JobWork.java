package org.gradphoto.portal.jobs;

/**
 * One kind of long work (a studio's zip import). {@link #run} is called on a job's node, again on another node when
 * the first died: it goes on from {@link JobRun#processed()}, and commits each item together with its count.
 */
public interface JobWork {

    /** The kind this work does, as submitted with {@link Jobs#submit}. */
    String kind();

    /**
     * Does the job's items from where it got, then {@link JobRun#finish()}es it in the transaction of its last
     * change. A {@link org.gradphoto.portal.RefusedException} fails the job with its message.
     */
    void run(JobRun run);
}
