package org.gradphoto.portal.files;

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
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A {@link PhotoStore} in a bucket of an S3-API object store, for a portal of several nodes. As in the folder store,
 * a file is written under {@code pending/<key>} in the transaction of its row, copied to {@code <key>} when that
 * commits and removed when it rolls back; only {@code <key>} is read, and only through its row. A node killed in
 * between leaves a pending object that {@link #sweep} completes (row committed) or removes (no row).
 */
public class S3PhotoStore implements PhotoStore {

    private static final Logger LOG = LoggerFactory.getLogger(S3PhotoStore.class);
    static final String PENDING = "pending/";

    private final S3Client s3;
    private final String bucket;
    private final Clock clock;

    public S3PhotoStore(S3Client s3, String bucket, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public StoredFile put(byte[] bytes, String contentType) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a stored file is written inside the transaction that refers to it");
        }
        String key = UUID.randomUUID().toString().replace("-", "");
        try {
            s3.putObject(b -> b.bucket(bucket).key(PENDING + key).contentType(contentType), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new StorageUnavailableException(e.getClass().getSimpleName(), e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    promote(key);
                } else {
                    deleteQuietly(PENDING + key);
                }
            }
        });
        return new StoredFile(key, StoredFile.sha256Of(bytes), bytes.length, contentType, clock.instant());
    }

    @Override
    public void discard(StoredFile file) {
        String key = checked(file.getKey());
        Sweep.afterCommit(() -> deleteQuietly(key));
    }

    @Override
    public byte[] get(StoredFile file) {
        String key = checked(file.getKey());
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            // committed, but the node died before the copy: the row is the proof, the pending object the bytes
            if (!promote(key)) {
                throw new CorruptFileException(key, "missing");
            }
            return get(file);
        } catch (SdkException e) {
            throw new StorageUnavailableException(e.getClass().getSimpleName(), e);
        }
        if (!StoredFile.sha256Of(bytes).equals(file.getSha256())) {
            throw new CorruptFileException(key, "checksum mismatch");
        }
        return bytes;
    }

    @Override
    public SweepReport sweep(Duration grace, Function<Collection<String>, Set<String>> referenced) {
        Instant before = clock.instant().minus(grace);
        List<Sweep.Entry> old = new ArrayList<>();
        try {
            s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().forEach(o -> {
                // a key ending in / is a folder of a filesystem-backed store, not an object
                if (o.lastModified().isBefore(before) && !o.key().endsWith("/")) {
                    String key = keyOf(o.key());
                    old.add(new Sweep.Entry(key, o.key().startsWith(PENDING), false, o.size(), () -> promote(key),
                            () -> deleteQuietly(o.key())));
                }
            });
        } catch (SdkException e) {
            LOG.warn("cannot sweep bucket {}: {}", bucket, e.toString());
            return new SweepReport(0, 0, 0);
        }
        Sweep sweep = new Sweep();
        for (int from = 0; from < old.size(); from += 500) {
            sweep.settle(old.subList(from, Math.min(old.size(), from + 500)), referenced);
        }
        return sweep.report(LOG, "photo bucket");
    }

    /** The pending object copied to its key and removed; false when there is no pending object (nor the file). */
    private boolean promote(String key) {
        try {
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(PENDING + key).destinationBucket(bucket).destinationKey(key));
        } catch (NoSuchKeyException e) {
            return exists(key);
        } catch (SdkException e) {
            LOG.warn("cannot complete stored file {}: {}", key, e.toString());
            return false;
        }
        deleteQuietly(PENDING + key);
        return true;
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    private boolean deleteQuietly(String objectKey) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(objectKey));
            return true;
        } catch (SdkException e) {
            LOG.warn("cannot remove {}: {}", objectKey, e.toString());
            return false;
        }
    }

    /** The store key an object belongs to, or null for an object that is none of ours. */
    static String keyOf(String objectKey) {
        String key = objectKey.startsWith(PENDING) ? objectKey.substring(PENDING.length()) : objectKey;
        return key.matches("[0-9a-f]{32}") ? key : null;
    }

    private static String checked(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a store key");
        }
        return key;
    }
}
