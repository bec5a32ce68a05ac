package org.gradphoto.engine.identity;

/** Why a text is not a valid resident identity number, in Chinese and English. */
public class InvalidIdNumberException extends IllegalArgumentException {

    /** The kinds of problem, each with its message. */
    public enum Reason {
        FORMAT("不是身份证号码（应为 18 位，最后一位可为 X；或 15 位旧号码）。",
                "Not an ID number (18 characters, the last may be X; or an old 15-digit number)."),
        AREA("地区码不存在。", "The area code does not exist."),
        BIRTH_DATE("出生日期无效。", "The birth date is not valid."),
        CHECK_DIGIT("校验码错误（号码可能输错了一位）。", "The check character is wrong (probably a mistyped digit).");

        private final String zh;
        private final String en;

        Reason(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    private final Reason reason;

    public InvalidIdNumberException(Reason reason, String input) {
        super(reason.en() + " (" + IdNumber.mask(input) + ")");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
