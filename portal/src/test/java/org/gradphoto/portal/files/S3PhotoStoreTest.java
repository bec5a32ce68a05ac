package org.gradphoto.portal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The photo store in a bucket of a real S3-API server (S3Proxy): what was stored comes back checked; an object is
 * readable under its key only once its transaction commits; a rollback leaves nothing; a sweep completes what a
 * killed node committed and removes what it left otherwise; a server that is gone is "storage unavailable".
 */
class S3PhotoStoreTest {

    static S3Server server;
    static S3Client s3;
    static int buckets;

    final TransactionTemplate tx = new TransactionTemplate(new SynchronizationOnly());
    String bucket;
    S3PhotoStore store;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3Server.start();
        s3 = FilesConfig.s3(server.endpoint(), "us-east-1", "probe", S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshBucket() {
        bucket = "photos-" + ++buckets;
        s3 = FilesConfig.s3(server.endpoint(), "us-east-1", bucket, S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
        store = new S3PhotoStore(s3, bucket, Clock.systemUTC());
    }

    List<String> objects() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key)
                .filter(k -> !k.endsWith("/")).sorted().toList(); // S3Proxy's filesystem backend lists its folders
    }

    StoredFile putCommitted(byte[] bytes) {
        return tx.execute(s -> store.put(bytes, "image/jpeg"));
    }

    @Test
    void givesBackExactlyWhatWasStored() {
        StoredFile f = putCommitted(new byte[] {1, 2, 3});
        assertThat(f.getKey()).matches("[0-9a-f]{32}");
        assertThat(f.getSha256()).isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
        assertThat(store.get(f)).containsExactly(1, 2, 3);
        assertThat(objects()).containsExactly(f.getKey());
        // a photo-sized file too
        byte[] photo = org.gradphoto.engine.testing.Engines.compliant("idpass/sample_id_3.png");
        assertThat(store.get(putCommitted(photo))).isEqualTo(photo);
    }

    @Test
    void anObjectIsNotReadableUnderItsKeyBeforeItsTransactionCommits() {
        tx.executeWithoutResult(s -> {
            StoredFile f = store.put(new byte[] {7}, "image/jpeg");
            assertThat(objects()).containsExactly(S3PhotoStore.PENDING + f.getKey());
        });
    }

    @Test
    void aRolledBackTransactionLeavesNoObject() {
        tx.executeWithoutResult(s -> {
            store.put(new byte[] {1, 2, 3}, "image/jpeg");
            s.setRollbackOnly();
        });
        assertThat(objects()).isEmpty();
    }

    @Test
    void aDiscardedObjectGoesWhenItsTransactionCommitsAndStaysWhenItRollsBack() {
        StoredFile f = putCommitted(new byte[] {4, 5});
        tx.executeWithoutResult(s -> {
            store.discard(f);
            s.setRollbackOnly();
        });
        assertThat(objects()).containsExactly(f.getKey());
        tx.executeWithoutResult(s -> store.discard(f));
        assertThat(objects()).isEmpty();
    }

    @Test
    void refusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> store.put(new byte[] {1}, "image/jpeg")).isInstanceOf(IllegalStateException.class);
        assertThat(objects()).isEmpty();
    }

    @Test
    void readsACommittedFileWhoseCopyTheNodeDidNotLiveToDo() {
        StoredFile f = putCommitted(new byte[] {4, 5});
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(f.getKey()).destinationBucket(bucket).destinationKey(S3PhotoStore.PENDING + f.getKey()));
        s3.deleteObject(b -> b.bucket(bucket).key(f.getKey()));
        assertThat(store.get(f)).containsExactly(4, 5);
        assertThat(objects()).containsExactly(f.getKey());
    }

    @Test
    void noticesAnObjectChangedOrRemovedBehindItsBack() {
        StoredFile f = putCommitted(new byte[] {1, 2, 3});
        s3.putObject(b -> b.bucket(bucket).key(f.getKey()), RequestBody.fromBytes(new byte[] {1, 2, 4}));
        assertThatThrownBy(() -> store.get(f)).isInstanceOf(PhotoStore.CorruptFileException.class).hasMessageContaining("checksum");
        s3.deleteObject(b -> b.bucket(bucket).key(f.getKey()));
        assertThatThrownBy(() -> store.get(f)).isInstanceOf(PhotoStore.CorruptFileException.class).hasMessageContaining("missing");
    }

    @Test
    void aSweepCompletesCommittedFilesAndRemovesWhatKilledNodesLeft() {
        StoredFile kept = putCommitted(new byte[] {1});
        // a node killed after its commit but before the copy, one killed before its commit, an object no row refers
        // to, and one that is none of ours
        String committed = "ab" + "1".repeat(30);
        String rolledBack = "ab" + "2".repeat(30);
        s3.putObject(b -> b.bucket(bucket).key(S3PhotoStore.PENDING + committed), RequestBody.fromBytes(new byte[] {9}));
        s3.putObject(b -> b.bucket(bucket).key(S3PhotoStore.PENDING + rolledBack), RequestBody.fromBytes(new byte[] {9, 9}));
        s3.putObject(b -> b.bucket(bucket).key("ab" + "4".repeat(30)), RequestBody.fromBytes(new byte[] {9, 9, 9, 9}));
        s3.putObject(b -> b.bucket(bucket).key("notes.txt"), RequestBody.fromBytes(new byte[] {9, 9, 9}));
        Set<String> rows = Set.of(kept.getKey(), committed);
        java.util.function.Function<java.util.Collection<String>, Set<String>> referenced = keys -> {
            Set<String> out = new HashSet<>(keys);
            out.retainAll(rows);
            return out;
        };

        // within the grace period nothing is touched: a transaction may still be running
        assertThat(store.sweep(Duration.ofHours(1), referenced)).isEqualTo(new PhotoStore.SweepReport(0, 0, 0));
        // two hours later
        S3PhotoStore later = new S3PhotoStore(s3, bucket, Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC));
        PhotoStore.SweepReport r = later.sweep(Duration.ofHours(1), referenced);

        assertThat(r.promoted()).isEqualTo(1);
        assertThat(r.removed()).isEqualTo(3);
        assertThat(r.removedBytes()).isEqualTo(2 + 4 + 3);
        assertThat(objects()).containsExactlyInAnyOrder(kept.getKey(), committed);
    }

    @Test
    void aServerThatIsGoneIsStorageUnavailable() throws Exception {
        S3Client nowhere = S3Client.builder().region(software.amazon.awssdk.regions.Region.US_EAST_1).forcePathStyle(true)
                .endpointOverride(java.net.URI.create("http://127.0.0.1:9")).credentialsProvider(
                        software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"))).build();
        S3PhotoStore gone = new S3PhotoStore(nowhere, "photos", Clock.systemUTC());
        assertThatThrownBy(() -> tx.execute(s -> gone.put(new byte[] {1}, "image/jpeg")))
                .isInstanceOf(PhotoStore.StorageUnavailableException.class);
    }

    @Test
    void aKeyIsNeverAPath() {
        StoredFile evil = new StoredFile("../../etc/passwd", "x", 1, "image/jpeg", null);
        assertThatThrownBy(() -> store.get(evil)).isInstanceOf(IllegalArgumentException.class);
    }
}
