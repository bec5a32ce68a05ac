package org.gradphoto.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Zips as tests need them: GBK names without the UTF-8 flag (Chinese Windows), traversal, links, bombs. */
final class Zips {

    private Zips() {
    }

    /** A zip of the given entries with names encoded in {@code charset} and no UTF-8 flag. */
    static void write(Path zip, Map<String, byte[]> entries, Charset charset) throws IOException {
        try (OutputStream o = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(o)) {
            z.setEncoding(charset.name());
            z.setUseLanguageEncodingFlag(false);
            z.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                z.write(e.getValue());
                z.closeArchiveEntry();
            }
        }
    }

    /** A zip holding a symbolic link entry and a normal photo. */
    static void withLink(Path zip, String linkName, String target, String photoName, byte[] photo) throws IOException {
        try (OutputStream o = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(o)) {
            ZipArchiveEntry link = new ZipArchiveEntry(linkName);
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            z.putArchiveEntry(link);
            z.write(target.getBytes(Charset.forName("UTF-8")));
            z.closeArchiveEntry();
            z.putArchiveEntry(new ZipArchiveEntry(photoName));
            z.write(photo);
            z.closeArchiveEntry();
        }
    }

    /** A zip bomb: {@code megabytes} of zeros that deflate to almost nothing, beside a normal photo. */
    static void bomb(Path zip, String bombName, int megabytes, String photoName, byte[] photo) throws IOException {
        try (OutputStream o = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(o)) {
            z.putArchiveEntry(new ZipArchiveEntry(bombName));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                z.write(zeros);
            }
            z.closeArchiveEntry();
            z.putArchiveEntry(new ZipArchiveEntry(photoName));
            z.write(photo);
            z.closeArchiveEntry();
        }
    }
}
