package org.gradphoto.portal.collection.school;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradphoto.batch.source.PhotoSource;
import org.gradphoto.batch.source.Rejection;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.batch.source.ZipPhotos;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.table.Table;
import org.gradphoto.portal.table.TableReader;

/**
 * A studio's zip opened: its photos in the zip's order (the order a job counts them in, the same on every node),
 * its data sheet if it has one, and the entries its reader refused. Refuses a zip with nothing readable, two sheets
 * or more photos than {@link StudioImport#MAX_PHOTOS}.
 */
final class StudioZip implements AutoCloseable {

    private final Path copy;
    private final ZipPhotos zip;
    private final List<PhotoSource> images = new ArrayList<>();
    private final Table sheet;

    private StudioZip(Path copy, ZipPhotos zip) {
        this.copy = copy;
        this.zip = zip;
        Table found = null;
        for (PhotoSource s : zip.photos()) {
            String n = s.fileName().toLowerCase(Locale.ROOT);
            if (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv")) {
                if (found != null) {
                    throw new RefusedException("studio.error.two_sheets");
                }
                found = readSheet(s);
            } else {
                images.add(s);
            }
        }
        this.sheet = found;
        if (images.size() > StudioImport.MAX_PHOTOS) {
            throw new RefusedException("studio.error.too_many");
        }
    }

    static StudioZip open(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RefusedException("import.error.empty");
        }
        Path tmp = null;
        ZipPhotos z = null;
        try {
            tmp = Files.createTempFile("studio", ".zip");
            Files.write(tmp, bytes);
            z = ZipPhotos.open(tmp, ZipLimits.DEFAULT);
            if (!z.rejections().isEmpty() && z.photos().isEmpty()) {
                throw new RefusedException("studio.error.unreadable");
            }
            return new StudioZip(tmp, z);
        } catch (IOException e) {
            close(z, tmp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close(z, tmp);
            throw e;
        }
    }

    List<PhotoSource> images() {
        return images;
    }

    /** The data sheet (机读卡 data), or null: the photos are then named by ID number. */
    Table sheet() {
        return sheet;
    }

    List<Rejection> rejections() {
        return zip.rejections();
    }

    @Override
    public void close() {
        close(zip, copy);
    }

    private static void close(ZipPhotos z, Path tmp) {
        if (z != null) {
            z.close();
        }
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static Table readSheet(PhotoSource s) {
        try {
            return TableReader.read(s.read(), s.fileName());
        } catch (IOException | PhotoSource.RejectedException e) {
            throw new RefusedException("studio.error.sheet");
        }
    }
}
