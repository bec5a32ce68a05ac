package org.gradphoto.portal.account;

import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.identity.InvalidIdNumberException;

/**
 * An identity document's type and number, normalised (trimmed, full-width to half-width, upper case, spaces
 * removed) and valid for its type: it cannot hold an invalid number.
 */
public record PersonalId(IdType type, String number) {

    public PersonalId {
        if (type == null) {
            throw new InvalidFieldException("idType", "id.type.missing");
        }
        if (number == null || number.isBlank()) {
            throw new InvalidFieldException("idNumber", "id.number.missing");
        }
        String n = IdNumber.normalise(number).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        switch (type) {
            case RESIDENT_ID_CARD, RESIDENCE_PERMIT -> {
                IdNumber id;
                try {
                    id = IdNumber.of(n);
                } catch (InvalidIdNumberException e) {
                    throw new InvalidFieldException("idNumber", "id.number." + e.reason().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (n.length() != 18) {
                    // cards with 15-digit numbers have not been valid since 2013
                    throw new InvalidFieldException("idNumber", "id.number.length");
                }
                if (id.residencePermit() != (type == IdType.RESIDENCE_PERMIT)) {
                    throw new InvalidFieldException("idNumber", type == IdType.RESIDENCE_PERMIT
                            ? "id.number.not_permit" : "id.number.permit");
                }
                n = id.value();
            }
            default -> {
                if (!type.format().matcher(n).matches()) {
                    throw new InvalidFieldException("idNumber", "id.number.format." + type.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        number = n;
    }

    /** The number with all but the first four and the last four characters hidden, for lists and logs. */
    public String masked() {
        return IdNumber.mask(number);
    }

    @Override
    public String toString() {
        return type + " " + masked();
    }
}
