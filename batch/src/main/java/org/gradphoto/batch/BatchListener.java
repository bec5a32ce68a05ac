package org.gradphoto.batch;

/** Hears how a batch advances, for a progress display. Called from worker threads. */
public interface BatchListener {

    /** Before the work: photos to process, and photos skipped as done by an earlier run. */
    void started(int toProcess, int skipped);

    /** After each photo. */
    void advanced(int done, int toProcess, BatchRow row);

    BatchListener NONE = new BatchListener() {
        @Override
        public void started(int toProcess, int skipped) {
        }

        @Override
        public void advanced(int done, int toProcess, BatchRow row) {
        }
    };
}
