package org.gradphoto.portal.notice;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The notice module's API for other modules: the newest notices a reader may see (the landing page lists them), and publishing a plain notice (the demo data does). */
@Component
public class Notices {

    private final NoticeBoard board;

    Notices(NoticeBoard board) {
        this.board = board;
    }

    /** A notice's line in a list. */
    public record Headline(Long id, String title, Instant publishAt) {
    }

    /** Publishes a notice to everyone, now, without attachments; returns its id. */
    public Long publishToEveryone(Long authorId, String title, String body) {
        return board.publish(authorId, new NoticeDraft(title, body, null, null, null), List.of());
    }

    /** At most {@code n}, newest first, as the account (null: a visitor) may read them. */
    public List<Headline> forReader(Long accountId, int n, Locale locale) {
        return board.shown(board.reader(accountId), 0, locale).getContent().stream().limit(n)
                .map(v -> new Headline(v.id(), v.title(), v.publishAt())).toList();
    }
}
