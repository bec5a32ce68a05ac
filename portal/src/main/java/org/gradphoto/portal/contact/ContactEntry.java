package org.gradphoto.portal.contact;

import org.gradphoto.portal.account.InvalidFieldException;

/**
 * One line of the directory as the admin enters it: kind, name (at most 100 characters), phone numbers (at most
 * 200, digits with the usual separators, several as 0990-6223591、0990-6222947), and optionally address and hours.
 */
public record ContactEntry(ContactKind kind, String name, String phones, String address, String hours) {

    static final int MAX_NAME = 100;
    static final int MAX_PHONES = 200;
    static final int MAX_ADDRESS = 200;
    static final int MAX_HOURS = 100;

    public ContactEntry {
        if (kind == null) {
            throw new InvalidFieldException("kind", "contacts.error.kind");
        }
        name = clean(name);
        phones = halfWidth(clean(phones));
        address = clean(address);
        hours = clean(hours);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidFieldException("name", "contacts.error.name");
        }
        if (phones.isEmpty() || phones.length() > MAX_PHONES || !phones.matches(PHONES) || phones.replaceAll("\\D", "").length() < 5) {
            throw new InvalidFieldException("phones", "contacts.error.phones");
        }
        if (address.length() > MAX_ADDRESS) {
            throw new InvalidFieldException("address", "contacts.error.address");
        }
        if (hours.length() > MAX_HOURS) {
            throw new InvalidFieldException("hours", "contacts.error.hours");
        }
    }

    /** Digits, dashes, spaces, brackets, an extension mark, and the separators people write between numbers. */
    private static final String PHONES = "[0-9\\-()（）+ 、,，;；/转]+";

    /** Full-width digits and dashes, as a Chinese keyboard types them, as plain ones. */
    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '－' ? '-' : c);
        }
        return b.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
