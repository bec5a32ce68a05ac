package org.gradphoto.portal.account;

import java.util.Locale;

/**
 * An e-mail address, where a person gives one: a local part, one @, a domain with a dot; at most 100 characters.
 * Spaces are dropped and the domain lower-cased. Full checking is the mail server's; this refuses typing slips.
 */
public record EmailAddress(String value) {

    static final int MAX = 100;

    public EmailAddress {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX || !v.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}")) {
            throw new InvalidFieldException("email", "email.format");
        }
        int at = v.indexOf('@');
        value = v.substring(0, at) + v.substring(at).toLowerCase(Locale.ROOT);
    }

    /** The address given, or null where none was (the field is optional). */
    static EmailAddress optional(String value) {
        return value == null || value.isBlank() ? null : new EmailAddress(value);
    }
}
