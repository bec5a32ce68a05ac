package org.gradphoto.portal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files kept by random key with their checksum; a changed or vanished file is noticed, never served. A file is
 * readable only once the transaction that wrote it commits; a rollback or a killed process leaves nothing behind
 * after a sweep.
 */
class DirectoryPhotoStoreTest {

    @TempDir
    Path dir;

    private final TransactionTemplate tx = new TransactionTemplate(new SynchronizationOnly());

    private StoredFile putCommitted(DirectoryPhotoStore store, byte[] bytes) {
        return tx.execute(s -> store.put(bytes, "image/jpeg"));
    }

    @Test
    void givesBackExactlyWhatWasStored() {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        StoredFile f = putCommitted(store, new byte[] {1, 2, 3});
        assertThat(f.getKey()).matches("[0-9a-f]{32}");
        assertThat(f.getSha256()).isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
        assertThat(f.getSizeBytes()).isEqualTo(3);
        assertThat(store.get(f)).containsExactly(1, 2, 3);
        assertThat(files()).containsExactly(f.getKey());
    }

    @Test
    void aFileIsNotReadableBeforeItsTransactionCommits() {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        tx.executeWithoutResult(s -> {
            StoredFile f = store.put(new byte[] {7}, "image/jpeg");
            assertThat(Files.exists(dir.resolve(f.getKey().substring(0, 2)).resolve(f.getKey()))).isFalse();
            assertThat(files()).containsExactly(f.getKey() + ".pending");
        });
    }

    @Test
    void aRolledBackTransactionLeavesNoFile() {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        tx.executeWithoutResult(s -> {
            store.put(new byte[] {1, 2, 3}, "image/jpeg");
            s.setRollbackOnly();
        });
        assertThat(files()).isEmpty();
    }

    @Test
    void aDiscardedFileGoesWhenItsTransactionCommitsAndStaysWhenItRollsBack() {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        StoredFile f = putCommitted(store, new byte[] {4, 5});
        tx.executeWithoutResult(s -> {
            store.discard(f);
            s.setRollbackOnly();
        });
        assertThat(files()).containsExactly(f.getKey());
        tx.executeWithoutResult(s -> {
            store.discard(f);
            assertThat(files()).as("not before the commit").containsExactly(f.getKey());
        });
        assertThat(files()).isEmpty();
        assertThatThrownBy(() -> store.discard(f)).as("outside a transaction").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToWriteOutsideATransaction() {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        assertThatThrownBy(() -> store.put(new byte[] {1}, "image/jpeg")).isInstanceOf(IllegalStateException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aReadOnlyDirectoryIsStorageUnavailableAndLeavesNothingHalfWritten() throws Exception {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        // the subdirectory a key lands in cannot be made: a plain file stands where every one of them would be
        for (int i = 0; i < 256; i++) {
            Files.writeString(dir.resolve(String.format("%02x", i)), "not a directory");
        }
        assertThatThrownBy(() -> putCommitted(store, new byte[] {1}))
                .isInstanceOf(PhotoStore.StorageUnavailableException.class);
    }

    @Test
    void aSweepCompletesCommittedFilesAndRemovesWhatKilledRequestsLeft() throws Exception {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.fixed(now, java.time.ZoneOffset.UTC));
        StoredFile kept = putCommitted(store, new byte[] {1});
        // a process killed after its commit but before the rename, one killed before its commit, one killed while
        // writing, and an old file no row refers to
        Path sub = Files.createDirectories(dir.resolve("ab"));
        String committed = "ab" + "1".repeat(30);
        String rolledBack = "ab" + "2".repeat(30);
        Files.write(sub.resolve(committed + ".pending"), new byte[] {9});
        Files.write(sub.resolve(rolledBack + ".pending"), new byte[] {9, 9});
        Files.write(sub.resolve("ab" + "3".repeat(30) + ".part"), new byte[] {9, 9, 9});
        Files.write(sub.resolve("ab" + "4".repeat(30)), new byte[] {9, 9, 9, 9});
        Path young = sub.resolve("ab" + "5".repeat(30) + ".pending");
        Files.write(young, new byte[] {5});
        for (Path p : List.of(sub.resolve(committed + ".pending"), sub.resolve(rolledBack + ".pending"),
                sub.resolve("ab" + "3".repeat(30) + ".part"), sub.resolve("ab" + "4".repeat(30)))) {
            Files.setLastModifiedTime(p, FileTime.from(now.minus(Duration.ofHours(2))));
        }
        Files.setLastModifiedTime(young, FileTime.from(now.minusSeconds(60)));
        Path keptPath = dir.resolve(kept.getKey().substring(0, 2)).resolve(kept.getKey());
        Files.setLastModifiedTime(keptPath, FileTime.from(now.minus(Duration.ofHours(2))));
        Set<String> rows = Set.of(kept.getKey(), committed);

        PhotoStore.SweepReport r = store.sweep(Duration.ofHours(1), keys -> {
            Set<String> out = new HashSet<>(keys);
            out.retainAll(rows);
            return out;
        });

        assertThat(r.promoted()).isEqualTo(1);
        assertThat(r.removed()).isEqualTo(3);
        assertThat(r.removedBytes()).isEqualTo(2 + 3 + 4);
        assertThat(files()).containsExactlyInAnyOrder(kept.getKey(), committed, young.getFileName().toString());
    }

    @Test
    void readsACommittedFileWhoseRenameTheProcessDidNotLiveToDo() throws Exception {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        StoredFile f = putCommitted(store, new byte[] {4, 5});
        Path path = dir.resolve(f.getKey().substring(0, 2)).resolve(f.getKey());
        Files.move(path, path.resolveSibling(f.getKey() + ".pending"));
        assertThat(store.get(f)).containsExactly(4, 5);
        assertThat(Files.exists(path)).isTrue();
    }

    @Test
    void noticesAFileChangedOrRemovedBehindItsBack() throws Exception {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        StoredFile f = putCommitted(store, new byte[] {1, 2, 3});
        Path file = dir.resolve(f.getKey().substring(0, 2)).resolve(f.getKey());
        Files.write(file, new byte[] {1, 2, 4});
        assertThatThrownBy(() -> store.get(f)).isInstanceOf(PhotoStore.CorruptFileException.class).hasMessageContaining("checksum");
        Files.delete(file);
        assertThatThrownBy(() -> store.get(f)).isInstanceOf(PhotoStore.CorruptFileException.class).hasMessageContaining("missing");
    }

    @Test
    void aKeyIsNeverAPath() {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        StoredFile evil = new StoredFile("../../etc/passwd", "x", 1, "image/jpeg", null);
        assertThatThrownBy(() -> store.get(evil)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> files() {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
