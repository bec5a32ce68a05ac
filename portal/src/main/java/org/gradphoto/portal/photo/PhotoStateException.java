package org.gradphoto.portal.photo;

import org.gradphoto.portal.RefusedException;

/**
 * A change the photo's current state does not allow (submitting twice, replacing an approved photo, deciding a
 * photo already decided, uploading after the deadline).
 */
public class PhotoStateException extends RefusedException {

    public PhotoStateException(String messageKey) {
        super(messageKey);
    }
}
