package org.gradphoto.portal.photo.likeness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.portal.files.StoredFile;

/**
 * The reference photo of one person (by ID number): its picture, its face as an embedding, and the office that
 * imported it (a reviewer's institution, or their city). Only an office of the same scope may replace it.
 */
@Entity
@Table(name = "reference_photo")
public class ReferencePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "id_number", nullable = false, unique = true, length = 32)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReferenceSource source;

    @Column(nullable = false, length = 2800)
    private String embedding;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_key")
    private StoredFile file;

    @Column(name = "imported_by", nullable = false)
    private Long importedBy;

    @Column(name = "scope_institution")
    private Long scopeInstitution;

    @Column(name = "scope_city", length = 50)
    private String scopeCity;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ReferencePhoto() {
    }

    /** Who imported a reference, and so who may replace it: one institution, or every institution of a city. */
    public record Scope(Long institutionId, String cityZh) {
        public Scope {
            if ((institutionId == null) == (cityZh == null || cityZh.isBlank())) {
                throw new IllegalArgumentException("a scope is one institution or one city");
            }
        }
    }

    public ReferencePhoto(String idNumber, ReferenceSource source, FaceEmbedding face, StoredFile file, Long importedBy,
            Scope scope, Instant at) {
        if (idNumber == null || idNumber.isBlank() || idNumber.length() > 32) {
            throw new IllegalArgumentException("a reference photo needs an ID number");
        }
        this.idNumber = idNumber;
        set(source, face, file, importedBy, scope, at);
    }

    /** A newer picture from the same office; refused from another office. */
    public void replace(ReferenceSource source, FaceEmbedding face, StoredFile file, Long importedBy, Scope scope,
            Instant at) {
        if (!scope().equals(scope)) {
            throw new IllegalStateException("another office imported this reference photo");
        }
        set(source, face, file, importedBy, scope, at);
    }

    private void set(ReferenceSource source, FaceEmbedding face, StoredFile file, Long importedBy, Scope scope,
            Instant at) {
        this.source = Objects.requireNonNull(source);
        this.embedding = Base64.getEncoder().encodeToString(face.toBytes());
        this.file = Objects.requireNonNull(file);
        this.importedBy = Objects.requireNonNull(importedBy);
        this.scopeInstitution = scope.institutionId();
        this.scopeCity = scope.cityZh();
        this.importedAt = Objects.requireNonNull(at);
    }

    public Scope scope() {
        return new Scope(scopeInstitution, scopeCity);
    }

    public FaceEmbedding face() {
        return FaceEmbedding.fromBytes(Base64.getDecoder().decode(embedding));
    }

    public Long getId() {
        return id;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public ReferenceSource getSource() {
        return source;
    }

    public StoredFile getFile() {
        return file;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
