package org.gradphoto.portal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A {@link PhotoStore} in a directory of the server, never under the web root: files named by a random key (no
 * user-given name ever becomes a path), spread over 256 subdirectories. A file is written as {@code key.part},
 * renamed to {@code key.pending} when complete, and to {@code key} when its transaction commits; only {@code key}
 * is ever read.
 */
public class DirectoryPhotoStore implements PhotoStore {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryPhotoStore.class);
    private static final String PART = ".part";
    private static final String PENDING = ".pending";

    private final Path root;
    private final Clock clock;

    public DirectoryPhotoStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the photo directory " + this.root, e);
        }
    }

    /** The directory the files are in (what a backup copies). */
    public Path root() {
        return root;
    }

    @Override
    public StoredFile put(byte[] bytes, String contentType) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a stored file is written inside the transaction that refers to it");
        }
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = path(key);
        Path part = target.resolveSibling(key + PART);
        Path pending = target.resolveSibling(key + PENDING);
        try {
            Files.createDirectories(target.getParent());
            Files.write(part, bytes);
            Files.move(part, pending, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(part);
            deleteQuietly(pending);
            throw new StorageUnavailableException(e.getClass().getSimpleName(), e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    promote(pending, target);
                } else {
                    deleteQuietly(pending);
                }
            }
        });
        return new StoredFile(key, sha256(bytes), bytes.length, contentType, clock.instant());
    }

    @Override
    public void discard(StoredFile file) {
        Path target = path(file.getKey());
        Sweep.afterCommit(() -> deleteQuietly(target));
    }

    @Override
    public byte[] get(StoredFile file) {
        Path path = path(file.getKey());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            // committed, but the process died before the rename: the row is the proof, the pending file the bytes
            Path pending = path.resolveSibling(file.getKey() + PENDING);
            if (!promote(pending, path)) {
                throw new CorruptFileException(file.getKey(), "missing");
            }
            return get(file);
        } catch (IOException e) {
            throw new CorruptFileException(file.getKey(), "missing");
        }
        if (!sha256(bytes).equals(file.getSha256())) {
            throw new CorruptFileException(file.getKey(), "checksum mismatch");
        }
        return bytes;
    }

    @Override
    public SweepReport sweep(Duration grace, Function<Collection<String>, Set<String>> referenced) {
        Instant before = clock.instant().minus(grace);
        Sweep sweep = new Sweep();
        for (Path dir : subdirectories()) {
            List<Sweep.Entry> old = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    if (Files.isRegularFile(f) && modified(f).isBefore(before)) {
                        String name = f.getFileName().toString();
                        String key = keyOf(f);
                        old.add(new Sweep.Entry(key, name.endsWith(PENDING), name.endsWith(PART), size(f),
                                () -> promote(f, f.resolveSibling(key)), () -> deleteQuietly(f)));
                    }
                }
            } catch (IOException e) {
                LOG.warn("cannot sweep {}: {}", dir, e.toString());
                continue;
            }
            sweep.settle(old, referenced);
        }
        return sweep.report(LOG, "photo store");
    }

    private List<Path> subdirectories() {
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root, p -> Files.isDirectory(p)
                && p.getFileName().toString().matches("[0-9a-f]{2}"))) {
            s.forEach(dirs::add);
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", root, e.toString());
        }
        return dirs;
    }

    /** The store key a file in the store belongs to, or null for a file that is none of ours. */
    private static String keyOf(Path f) {
        String name = f.getFileName().toString();
        String key = name.endsWith(PART) ? name.substring(0, name.length() - PART.length())
                : name.endsWith(PENDING) ? name.substring(0, name.length() - PENDING.length()) : name;
        return key.matches("[0-9a-f]{32}") ? key : null;
    }

    private static boolean promote(Path pending, Path target) {
        try {
            Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException e) {
            return Files.isRegularFile(target);
        } catch (IOException e) {
            LOG.warn("cannot complete stored file {}: {}", target, e.toString());
            return false;
        }
    }

    private static Instant modified(Path f) {
        try {
            FileTime t = Files.getLastModifiedTime(f);
            return t.toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean deleteQuietly(Path f) {
        try {
            return Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", f, e.toString());
            return false;
        }
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a store key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    static String sha256(byte[] bytes) {
        return StoredFile.sha256Of(bytes);
    }
}
