package org.gradphoto.portal.graduation;

import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;

/**
 * Files a candidate attaches (certificates, the prior-degree record, the internship appraisal): JPG or PDF by
 * content, not by name, and at most 4 MB (seed 002: "支持JPG或PDF格式，文件大小不得超过4M").
 */
public final class Evidence {

    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private Evidence() {
    }

    /** Checks and stores the file; refuses anything else with a message key. */
    public static StoredFile store(PhotoStore store, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RefusedException("file.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedException("file.error.size");
        }
        String type = type(bytes);
        if (type == null) {
            throw new RefusedException("file.error.type");
        }
        return store.put(bytes, type);
    }

    static String type(byte[] b) {
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
