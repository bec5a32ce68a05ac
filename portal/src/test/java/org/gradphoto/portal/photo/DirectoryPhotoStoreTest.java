package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files kept by random key with their checksum; a changed or vanished file is noticed, never served. */
class DirectoryPhotoStoreTest {

    @TempDir
    Path dir;

    @Test
    void givesBackExactlyWhatWasStored() {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        StoredFile f = store.put(new byte[] {1, 2, 3}, "image/jpeg");
        assertThat(f.getKey()).matches("[0-9a-f]{32}");
        assertThat(f.getSha256()).isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
        assertThat(f.getSizeBytes()).isEqualTo(3);
        assertThat(store.get(f)).containsExactly(1, 2, 3);
    }

    @Test
    void noticesAFileChangedOrRemovedBehindItsBack() throws Exception {
        DirectoryPhotoStore store = new DirectoryPhotoStore(dir, Clock.systemUTC());
        StoredFile f = store.put(new byte[] {1, 2, 3}, "image/jpeg");
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
}
