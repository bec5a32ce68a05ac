package org.gradphoto.portal.photo;

import java.time.Instant;

/** Until when photos may be uploaded (the photo deadline comes before the application deadline); null: open. */
public record UploadWindow(Instant closesAt) {

    public static final UploadWindow ALWAYS_OPEN = new UploadWindow(null);

    public boolean isOpen(Instant now) {
        return closesAt == null || now.isBefore(closesAt);
    }
}
