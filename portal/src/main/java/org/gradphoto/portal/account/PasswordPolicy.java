package org.gradphoto.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: 8 to 64 characters, with letters and digits, not one of the passwords everybody
 * tries first, and not containing the account's own ID number or mobile number (the first things an attacker
 * who knows the person would try). Returns every problem at once, as message keys.
 */
public final class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 64;

    private static final Set<String> COMMON = Set.of("password", "password1", "passw0rd", "12345678", "123456789",
            "1234567890", "12345678a", "a12345678", "abc12345", "abcd1234", "qwerty123", "1qaz2wsx", "woaini1314",
            "iloveyou1", "admin123", "88888888", "11111111", "aa123456", "a1234567", "zxcvbnm1", "qq123456",
            "asd123456", "abc123456", "123qweasd", "1q2w3e4r", "q1w2e3r4");

    private PasswordPolicy() {
    }

    /** The problems of a password (message keys), empty when it is acceptable. */
    public static List<String> problems(String password, String idNumber, String mobile) {
        List<String> p = new ArrayList<>();
        if (password == null || password.length() < MIN) {
            p.add("password.short");
            return p;
        }
        if (password.length() > MAX) {
            p.add("password.long");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            p.add("password.mix");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            p.add("password.common");
        }
        if (containsPart(lower, idNumber) || containsPart(lower, mobile)) {
            p.add("password.personal");
        }
        return p;
    }

    /** Whether the password contains the value, or the value's last six characters (birthday-like tails). */
    private static boolean containsPart(String password, String value) {
        if (value == null || value.length() < 6) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        return password.contains(v) || password.contains(v.substring(v.length() - 6));
    }
}
