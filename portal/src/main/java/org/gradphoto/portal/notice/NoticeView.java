package org.gradphoto.portal.notice;

import java.time.Instant;
import java.util.List;

/** A notice as a page shows it: texts in the reader's language, its audience's name (null: everyone), its files. */
record NoticeView(Long id, String title, List<String> paragraphs, String publisher, String audience, Instant publishAt,
        Instant expireAt, long views, NoticeState state, List<File> attachments) {

    NoticeView withOneMoreView() {
        return new NoticeView(id, title, paragraphs, publisher, audience, publishAt, expireAt, views + 1, state, attachments);
    }

    /** An attachment as listed: its place (for the link), name and size. */
    record File(int position, String name, long sizeBytes) {

        /** The size as a person reads it: KB below a megabyte, else MB with one decimal. */
        public String size() {
            return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
        }
    }
}
