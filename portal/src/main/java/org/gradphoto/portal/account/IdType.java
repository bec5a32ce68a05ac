package org.gradphoto.portal.account;

import java.util.regex.Pattern;

/**
 * The identity documents a candidate may register with. The resident ID card and the residence permit for
 * Hong Kong, Macao and Taiwan residents carry a GB 11643 number (check digit, birth date); the others are
 * checked by format only.
 */
public enum IdType {
    RESIDENT_ID_CARD("居民身份证", "Resident ID card", null),
    RESIDENCE_PERMIT("港澳台居民居住证", "Residence permit (Hong Kong, Macao, Taiwan)", null),
    /** 港澳居民来往内地通行证: H or M and 8 digits (10 on older cards). */
    HK_MACAO_PERMIT("港澳居民来往内地通行证", "Mainland travel permit (Hong Kong, Macao)", Pattern.compile("[HM]\\d{8}(\\d{2})?")),
    /** 台湾居民来往大陆通行证: 8 digits (10 on older cards). */
    TAIWAN_PERMIT("台湾居民来往大陆通行证", "Mainland travel permit (Taiwan)", Pattern.compile("\\d{8}(\\d{2})?")),
    /** 护照: letters and digits as passports of any country carry them. */
    PASSPORT("护照", "Passport", Pattern.compile("[A-Z0-9]{5,17}"));

    private final String zh;
    private final String en;
    private final Pattern format;

    IdType(String zh, String en, Pattern format) {
        this.zh = zh;
        this.en = en;
        this.format = format;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The format a number of this type must have, or null for GB 11643 numbers (checked in full instead). */
    Pattern format() {
        return format;
    }
}
