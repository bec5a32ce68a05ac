package org.gradphoto.batch.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The photos of one zip, read safely: names decoded (UTF-8 or GBK), path traversal, absolute paths and links
 * refused, and every entry inflated into memory under the {@link ZipLimits} (counted on the bytes really produced),
 * so that nothing is ever written to disk and a bomb stops at the limit. Entries are read one at a time.
 */
public final class ZipPhotos implements AutoCloseable {

    private final Path zip;
    private final ZipFile file;
    private final ZipLimits limits;
    private final AtomicLong total = new AtomicLong();
    private final List<PhotoSource> photos = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private ZipPhotos(Path zip, ZipFile file, ZipLimits limits) {
        this.zip = zip;
        this.file = file;
        this.limits = limits;
    }

    /** Opens a zip and lists its entries; a zip that cannot be opened gives one rejection and no photos. */
    public static ZipPhotos open(Path zip, ZipLimits limits) {
        try {
            ZipFile f = ZipFile.builder().setPath(zip).setUseUnicodeExtraFields(true).get();
            ZipPhotos z = new ZipPhotos(zip, f, limits);
            z.list();
            return z;
        } catch (IOException | RuntimeException e) {
            ZipPhotos z = new ZipPhotos(zip, null, limits);
            z.rejections.add(new Rejection(zip.getFileName().toString(), Rejection.Reason.DAMAGED, e.getClass().getSimpleName()));
            return z;
        }
    }

    private void list() {
        String zipName = zip.getFileName().toString();
        int count = 0;
        for (Enumeration<ZipArchiveEntry> en = file.getEntriesInPhysicalOrder(); en.hasMoreElements(); ) {
            ZipArchiveEntry e = en.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            String name = e.getExtraField(UnicodePathExtraField.UPATH_ID) != null ? e.getName()
                    : EntryNames.decode(e.getRawName(), e.getGeneralPurposeBit().usesUTF8ForNames());
            String source = zipName + "!/" + name;
            if (++count > limits.maxEntries()) {
                rejections.add(new Rejection(zipName, Rejection.Reason.TOO_MANY_ENTRIES, "> " + limits.maxEntries()));
                break;
            }
            var unsafe = EntryNames.unsafe(name);
            if (unsafe.isPresent()) {
                rejections.add(new Rejection(source, unsafe.get(), null));
                continue;
            }
            if (e.isUnixSymlink()) {
                rejections.add(new Rejection(source, Rejection.Reason.LINK, null));
                continue;
            }
            String fileName = EntryNames.fileName(name);
            if (EntryNames.systemFile(fileName) || name.startsWith("__MACOSX/")) {
                continue;
            }
            String key = zip.toAbsolutePath() + "!/" + name + "#" + e.getCrc() + ":" + e.getSize();
            photos.add(new PhotoSource(source, fileName, key, () -> read(e, source)));
        }
    }

    private byte[] read(ZipArchiveEntry e, String source) throws IOException, PhotoSource.RejectedException {
        long compressed = Math.max(1, e.getCompressedSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(e.getSize(), 0), 1 << 20));
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        try (InputStream in = file.getInputStream(e)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > limits.maxEntryBytes()) {
                    throw rejected(source, Rejection.Reason.ENTRY_TOO_LARGE, "> " + (limits.maxEntryBytes() >> 20) + " MB");
                }
                if (n > (1 << 20) && n / (double) compressed > limits.maxRatio()) {
                    throw rejected(source, Rejection.Reason.BOMB, String.format("> %.0f:1", limits.maxRatio()));
                }
                if (total.addAndGet(r) > limits.maxTotalBytes()) {
                    throw rejected(source, Rejection.Reason.TOTAL_TOO_LARGE, null);
                }
                out.write(buf, 0, r);
            }
        } catch (IOException | RuntimeException ex) {
            throw rejected(source, Rejection.Reason.DAMAGED, ex.getClass().getSimpleName());
        }
        return out.toByteArray();
    }

    private static PhotoSource.RejectedException rejected(String source, Rejection.Reason r, String detail) {
        return new PhotoSource.RejectedException(new Rejection(source, r, detail));
    }

    public List<PhotoSource> photos() {
        return Collections.unmodifiableList(photos);
    }

    /** Entries refused while listing (names, links, count). */
    public List<Rejection> rejections() {
        return Collections.unmodifiableList(rejections);
    }

    @Override
    public void close() {
        if (file != null) {
            ZipFile.closeQuietly(file);
        }
    }
}
