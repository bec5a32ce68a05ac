package org.gradphoto.portal.photo;

/**
 * Where photo files live, outside the web root: a directory by default; an object store when several nodes serve
 * the portal. Every read checks the file against the SHA-256 recorded when it was written.
 */
public interface PhotoStore {

    /** Writes the bytes and returns their record (to be saved with the entity that refers to it). */
    StoredFile put(byte[] bytes, String contentType);

    /** The bytes, checked; throws {@link CorruptFileException} when they changed or vanished. */
    byte[] get(StoredFile file);

    /** A stored file whose bytes are missing or no longer match their checksum. */
    class CorruptFileException extends RuntimeException {
        public CorruptFileException(String key, String why) {
            super("stored file " + key + ": " + why);
        }
    }
}
