package org.gradphoto.portal;

/**
 * A change the current state does not allow, carrying the message key that tells the person why (in the
 * message bundles). Thrown by the state-changing methods of the domain objects.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;

    public RefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
