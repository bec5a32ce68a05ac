package org.gradphoto.portal.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.collection.records.StudentRecord;

/**
 * A student's collection code (采集码): 20 characters of Crockford base 32 from a SecureRandom (100 bits, so it
 * cannot be guessed), bound to one record. It opens the online upload for that record only, until it expires, is
 * revoked, or has been used to submit a photo.
 */
@Entity
@Table(name = "collection_code")
public class CollectionCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private StudentRecord record;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "photo_id")
    private CollectedPhoto photo;

    protected CollectionCode() {
    }

    public CollectionCode(StudentRecord record, Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a code expires after it is issued");
        }
        this.code = newCode();
        this.record = record;
        this.issuedAt = now;
        this.expiresAt = expiresAt;
    }

    static String newCode() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** As a student types it: case, spaces and dashes do not matter; I and L read as 1, O as 0. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "").replace('I', '1').replace('L', '1')
                .replace('O', '0');
    }

    /** Refuses, with the reason, a code that cannot be used now. */
    public void requireUsable(Instant now) {
        if (revokedAt != null) {
            throw new RefusedException("collection.error.code_revoked");
        }
        if (usedAt != null) {
            throw new RefusedException("collection.error.code_used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RefusedException("collection.error.code_expired");
        }
        if (record.isCancelled()) {
            throw new RefusedException("collection.error.code_revoked");
        }
    }

    /** The photo was submitted with this code: it cannot be used again. */
    public void use(CollectedPhoto submitted, Instant now) {
        requireUsable(now);
        this.usedAt = now;
        this.photo = submitted;
    }

    public void revoke(Instant now) {
        if (revokedAt == null && usedAt == null) {
            revokedAt = now;
        }
    }

    public boolean usable(Instant now) {
        return revokedAt == null && usedAt == null && now.isBefore(expiresAt) && !record.isCancelled();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** Grouped by four for reading aloud and typing. */
    public String getGrouped() {
        return code.replaceAll("(.{4})(?!$)", "$1-");
    }

    public StudentRecord getRecord() {
        return record;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
