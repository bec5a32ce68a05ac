package org.gradphoto.portal.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A {@link PhotoStore} in a directory of the server, never under the web root: files named by a random key (no
 * user-given name ever becomes a path), spread over 256 subdirectories, written atomically.
 */
public class DirectoryPhotoStore implements PhotoStore {

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

    @Override
    public StoredFile put(byte[] bytes, String contentType) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling(key + ".part");
            Files.write(part, bytes);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a photo", e);
        }
        return new StoredFile(key, sha256(bytes), bytes.length, contentType, clock.instant());
    }

    @Override
    public byte[] get(StoredFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(file.getKey()));
        } catch (IOException e) {
            throw new CorruptFileException(file.getKey(), "missing");
        }
        if (!sha256(bytes).equals(file.getSha256())) {
            throw new CorruptFileException(file.getKey(), "checksum mismatch");
        }
        return bytes;
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a store key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
