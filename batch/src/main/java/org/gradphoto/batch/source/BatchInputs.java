package org.gradphoto.batch.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Everything a batch was given, expanded: files as they are, folders walked (sorted; hidden and system files
 * skipped, links refused), zips opened with their limits. Holds no photo bytes: only where each photo is.
 */
public final class BatchInputs implements AutoCloseable {

    /** Largest single file read from a folder. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private final List<PhotoSource> photos = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<ZipPhotos> zips = new ArrayList<>();

    private BatchInputs() {
    }

    /** The inputs expanded; nothing under {@code exclude} (the batch's own output folder) is taken as a photo. */
    public static BatchInputs of(List<Path> inputs, ZipLimits limits, Path exclude) {
        BatchInputs b = new BatchInputs();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                b.walk(in, limits, exclude.toAbsolutePath().normalize());
            } else {
                b.add(in, in.getFileName().toString(), limits);
            }
        }
        return b;
    }

    private void walk(Path root, ZipLimits limits, Path exclude) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> !p.equals(root)).filter(p -> !hidden(root, p))
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(exclude))
                    .filter(p -> Files.isSymbolicLink(p) || Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        for (Path p : files) {
            add(p, base + "/" + root.relativize(p).toString().replace('\\', '/'), limits);
        }
    }

    private void add(Path file, String source, ZipLimits limits) {
        if (Files.isSymbolicLink(file)) {
            rejections.add(new Rejection(source, Rejection.Reason.LINK, null));
            return;
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipPhotos z = ZipPhotos.open(file, limits);
            zips.add(z);
            photos.addAll(z.photos());
            rejections.addAll(z.rejections());
            return;
        }
        String key;
        try {
            key = file.toAbsolutePath() + "#" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            rejections.add(new Rejection(source, Rejection.Reason.DAMAGED, e.getClass().getSimpleName()));
            return;
        }
        photos.add(new PhotoSource(source, file.getFileName().toString(), key, () -> {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PhotoSource.RejectedException(new Rejection(source, Rejection.Reason.ENTRY_TOO_LARGE,
                        "> " + (MAX_FILE_BYTES >> 20) + " MB"));
            }
            return Files.readAllBytes(file);
        }));
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (EntryNames.systemFile(part.toString())) {
                return true;
            }
        }
        return false;
    }

    public List<PhotoSource> photos() {
        return photos;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    @Override
    public void close() {
        zips.forEach(ZipPhotos::close);
    }
}
