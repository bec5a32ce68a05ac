package org.gradphoto.portal.photo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deadline the admin sets, by kind (the photo upload deadline; later the application deadline). */
@Entity
@Table(name = "deadline")
public class Deadline {

    public static final String PHOTO_UPLOAD = "PHOTO_UPLOAD";

    @Id
    private String kind;

    @Column(name = "closes_at")
    private Instant closesAt;

    protected Deadline() {
    }

    public Deadline(String kind, Instant closesAt) {
        this.kind = kind;
        this.closesAt = closesAt;
    }

    public String getKind() {
        return kind;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public void moveTo(Instant closesAt) {
        this.closesAt = closesAt;
    }
}
