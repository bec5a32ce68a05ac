package org.gradphoto.batch.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Zip entry names: decoded as the zip says (UTF-8 flag or Unicode path field), else as UTF-8 when the bytes are
 * valid UTF-8, else as GBK (zips made by Chinese Windows carry GBK names and no flag); and checked for safety.
 */
public final class EntryNames {

    private static final Charset GBK = Charset.forName("GBK");

    private EntryNames() {
    }

    public static String decode(byte[] raw, boolean utf8Flag) {
        if (utf8Flag) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, GBK);
        }
    }

    /** Why a name may not be used, or empty when it is safe. Names use / or \ as separators. */
    public static Optional<Rejection.Reason> unsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return Optional.of(Rejection.Reason.ABSOLUTE_PATH);
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return Optional.of(Rejection.Reason.TRAVERSAL);
            }
        }
        return Optional.empty();
    }

    /** The last part of a path. */
    public static String fileName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** Files an operating system leaves beside photos (Windows' Thumbs.db, macOS' dot files): not photos, not errors. */
    public static boolean systemFile(String fileName) {
        String f = fileName.toLowerCase(java.util.Locale.ROOT);
        return f.startsWith(".") || f.equals("thumbs.db") || f.equals("ehthumbs.db") || f.equals("desktop.ini");
    }
}
