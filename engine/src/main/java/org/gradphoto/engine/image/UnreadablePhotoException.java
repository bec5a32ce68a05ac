package org.gradphoto.engine.image;

/**
 * A file that cannot be turned into pixels, with the reason in Chinese and English for the person who sent it.
 * It never carries a stack trace to the user: {@link #reason} is a stable code for programs.
 */
public class UnreadablePhotoException extends RuntimeException {

    /** Why a file could not be read. */
    public enum Reason {
        EMPTY("文件是空的（0 字节）。", "The file is empty (0 bytes)."),
        TOO_LARGE_FILE("文件太大，无法处理。", "The file is too large to process."),
        NOT_AN_IMAGE("文件不是图片（无法识别的格式）。", "The file is not an image (unrecognised format)."),
        HEIC("HEIC/HEIF 格式（苹果手机默认格式）无法使用：请在手机设置中选择“兼容性最佳”，或将照片导出为 JPG 后再上传。",
                "HEIC/HEIF (the iPhone default) cannot be used: choose \"Most Compatible\" in the camera settings, or export the photo as JPG, and upload again."),
        UNSUPPORTED_FORMAT("不支持此图片格式，请使用 JPG。", "This image format is not supported; please use JPG."),
        DAMAGED("图片文件已损坏或不完整，无法解码。", "The image file is damaged or incomplete and cannot be decoded."),
        TOO_MANY_PIXELS("图片像素过多（声明的尺寸超出上限），为安全起见拒绝处理。",
                "The image declares too many pixels (beyond the limit); refused for safety."),
        NO_SIZE("无法读取图片尺寸。", "The image size cannot be read."),
        IO_ERROR("无法读取文件。", "The file cannot be read.");

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
    private final String detail;

    public UnreadablePhotoException(Reason reason, String detail) {
        super(reason.en() + (detail == null ? "" : " (" + detail + ")"));
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public String messageZh() {
        return reason.zh() + (detail == null ? "" : "（" + detail + "）");
    }

    public String messageEn() {
        return getMessage();
    }
}
