package org.gradphoto.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What an earlier run with the same output folder already did: one small JSON file per photo, named by a hash
 * of the photo's key (path, size and time, or zip entry and checksum), written when the photo is finished. A
 * re-run skips those photos (unless forced), so an interrupted batch resumes where it stopped. The reports read
 * their rows back from here, so a batch's rows never all sit in memory.
 */
final class DoneStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    DoneStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    Optional<BatchRow> find(String key) {
        Path f = dir.resolve(hash(key) + ".json");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(f.toFile(), BatchRow.class));
        } catch (IOException e) {
            // a half-written or old entry: do the photo again
            return Optional.empty();
        }
    }

    /** Saves a finished photo's row; returns the name it is stored under. */
    String save(String key, BatchRow row) throws IOException {
        String name = hash(key);
        Path part = dir.resolve(name + ".part");
        Files.write(part, JSON.writeValueAsBytes(row));
        Files.move(part, dir.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    /** A row this run saved (or found), by its stored name. */
    BatchRow load(String name) {
        try {
            return JSON.readValue(dir.resolve(name + ".json").toFile(), BatchRow.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
