package org.gradphoto.portal.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file attached to a notice: its key in the file store (the files module's id), its name and type. */
@Embeddable
record NoticeAttachment(
        @Column(name = "file_key", nullable = false) String fileKey,
        @Column(name = "file_name", nullable = false) String fileName,
        @Column(name = "content_type", nullable = false) String contentType,
        @Column(name = "size_bytes", nullable = false) long sizeBytes) {
}
