package org.gradphoto.portal.account;

/**
 * A value a person typed that cannot be accepted, with the message key that says why (in the message bundles)
 * and the field it belongs to.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public InvalidFieldException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
