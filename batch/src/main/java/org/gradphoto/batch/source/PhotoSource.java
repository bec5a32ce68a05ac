package org.gradphoto.batch.source;

import java.io.IOException;

/**
 * One photo of a batch, not yet read: where it comes from and how to get its bytes. For a zip entry the bytes are
 * inflated under the zip's limits when {@link #read()} is called.
 *
 * @param source where it is, for people: "folder/a.jpg" or "class.zip!/张三/110…jpg"
 * @param fileName its own name (the last part of the path)
 * @param key a stable identity of this exact file (path, size, time or checksum) for skipping it on a re-run
 */
public record PhotoSource(String source, String fileName, String key, Reader reader) {

    /** Reads the photo's bytes. */
    public interface Reader {
        byte[] read() throws IOException, RejectedException;
    }

    public byte[] read() throws IOException, RejectedException {
        return reader.read();
    }

    /** Thrown when the bytes of an entry break a safety limit while being read. */
    public static class RejectedException extends Exception {
        private final Rejection rejection;

        public RejectedException(Rejection rejection) {
            super(rejection.reason().en());
            this.rejection = rejection;
        }

        public Rejection rejection() {
            return rejection;
        }
    }
}
