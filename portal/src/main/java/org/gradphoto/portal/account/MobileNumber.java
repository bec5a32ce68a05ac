package org.gradphoto.portal.account;

import org.gradphoto.engine.identity.IdNumber;

/**
 * A mobile number: a mainland number (11 digits starting 13-19; "+86" or "86" in front is dropped) or, for
 * candidates from elsewhere, an international number written with "+" and the country code (E.164, 8-15 digits).
 * Spaces and dashes are dropped; full-width digits become half-width.
 */
public record MobileNumber(String value) {

    public MobileNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("mobile", "mobile.missing");
        }
        String v = IdNumber.normalise(value).replaceAll("[\\s\\-()]", "");
        if (v.startsWith("+86")) {
            v = v.substring(3);
        } else if (v.startsWith("86") && v.length() == 13) {
            v = v.substring(2);
        }
        if (!v.matches("1[3-9]\\d{9}") && !v.matches("\\+[1-9]\\d{7,14}")) {
            throw new InvalidFieldException("mobile", "mobile.format");
        }
        value = v;
    }

    /** 138****5678: for lists. */
    public String masked() {
        return value.length() < 7 ? value : value.substring(0, 3) + "*".repeat(value.length() - 7)
                + value.substring(value.length() - 4);
    }
}
