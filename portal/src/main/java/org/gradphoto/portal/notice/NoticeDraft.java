package org.gradphoto.portal.notice;

import java.time.Instant;
import org.gradphoto.portal.account.InvalidFieldException;

/**
 * What a publisher writes: a title (at most 100 characters), a body (at most 20,000, paragraphs separated by
 * blank lines), who reads it (null: everyone), and when it is shown: from {@code publishAt} (null: now) until
 * {@code expireAt} (null: until withdrawn), which must come after it.
 */
record NoticeDraft(String title, String body, Long audienceId, Instant publishAt, Instant expireAt) {

    static final int MAX_TITLE = 100;
    static final int MAX_BODY = 20_000;

    NoticeDraft {
        title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        body = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (title.isEmpty()) {
            throw new InvalidFieldException("title", "notice.error.title");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidFieldException("title", "notice.error.title_long");
        }
        if (body.isEmpty()) {
            throw new InvalidFieldException("body", "notice.error.body");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidFieldException("body", "notice.error.body_long");
        }
        if (expireAt != null && publishAt != null && !expireAt.isAfter(publishAt)) {
            throw new InvalidFieldException("expireAt", "notice.error.expiry");
        }
    }
}
