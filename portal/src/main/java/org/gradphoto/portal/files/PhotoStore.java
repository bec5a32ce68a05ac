package org.gradphoto.portal.files;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * Where photo files live, outside the web root: a directory by default; an object store when several nodes serve
 * the portal. Every read checks the file against the SHA-256 recorded when it was written.
 *
 * <p>A file is written inside the transaction that saves the row referring to it, and becomes readable only when
 * that transaction commits; a rollback removes it. What a killed process leaves in between (half-written or
 * never-committed files) is settled by {@link #sweep}, at start and on a schedule, so nothing stays behind.
 */
public interface PhotoStore {

    /**
     * Writes the bytes and returns their record, to be saved in the same transaction; must be called inside a
     * transaction. Throws {@link StorageUnavailableException} when the storage cannot take the file (disk full,
     * read-only): nothing half-written stays.
     */
    StoredFile put(byte[] bytes, String contentType);

    /**
     * Removes the file's bytes once the current transaction, which deletes its row, commits (a rollback keeps them);
     * must be called inside that transaction. What a failed removal leaves is swept as unreferenced.
     */
    void discard(StoredFile file);

    /** The bytes, checked; throws {@link CorruptFileException} when they changed or vanished. */
    byte[] get(StoredFile file);

    /**
     * Settles files older than {@code grace} that no transaction is still writing: pending files whose row committed
     * are made readable, the rest (rolled back, killed, half-written, unreferenced) are removed.
     *
     * @param referenced of some keys, those that a stored-file row refers to
     */
    SweepReport sweep(Duration grace, Function<Collection<String>, Set<String>> referenced);

    /** What a sweep did. */
    record SweepReport(int promoted, int removed, long removedBytes) {
    }

    /** A stored file whose bytes are missing or no longer match their checksum. */
    class CorruptFileException extends RuntimeException {
        public CorruptFileException(String key, String why) {
            super("stored file " + key + ": " + why);
        }
    }

    /** The storage cannot take a file now (disk full, read-only, gone): the request is answered 503. */
    class StorageUnavailableException extends RuntimeException {
        public StorageUnavailableException(String why, Throwable cause) {
            super("photo storage unavailable: " + why, cause);
        }
    }
}
