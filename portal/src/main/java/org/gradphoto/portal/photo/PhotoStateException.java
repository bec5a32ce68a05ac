package org.gradphoto.portal.photo;

/**
 * A change the photo's current state does not allow (submitting twice, replacing an approved photo, deciding a
 * photo already decided, uploading after the deadline). Carries the message key that tells the person why.
 */
public class PhotoStateException extends RuntimeException {

    private final String messageKey;

    public PhotoStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
