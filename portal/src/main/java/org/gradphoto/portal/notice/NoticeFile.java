package org.gradphoto.portal.notice;

import java.util.Locale;
import org.gradphoto.portal.RefusedException;

/**
 * A file a publisher attaches, judged by its content, not its name: PDF, JPEG, PNG, Word and Excel (old and new),
 * at most 10 MB. Its name is kept for the download without any path and without control characters.
 */
record NoticeFile(String name, String contentType, byte[] bytes) {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_NAME = 100;

    static NoticeFile of(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RefusedException("file.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedException("notice.error.attachment_size");
        }
        String name = cleanName(originalName);
        String type = typeOf(bytes, name.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new RefusedException("notice.error.attachment_type");
        }
        return new NoticeFile(name, type, bytes);
    }

    private static String cleanName(String original) {
        String n = original == null ? "" : original.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "附件";
        }
        if (n.length() > MAX_NAME) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 6 ? n.substring(dot) : "";
            n = n.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return n;
    }

    private static String typeOf(byte[] b, String name) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return name.endsWith(".xls") ? "application/vnd.ms-excel" : name.endsWith(".doc") ? "application/msword" : null;
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            if (name.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (name.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
        }
        return null;
    }

    private static boolean starts(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }
}
