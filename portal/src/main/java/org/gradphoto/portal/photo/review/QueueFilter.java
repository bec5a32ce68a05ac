package org.gradphoto.portal.photo.review;

import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.photo.ReviewStatus;

/**
 * The reviewer queue's filters: status (待审核 by default), the machine's verdict of the current photo, one
 * institution of the reviewer's scope (null: all of them), and a search (part of a name, a whole ID number in
 * any case, or an exam ticket number; at most 40 characters, blank: none).
 */
public record QueueFilter(ReviewStatus status, Verdict verdict, Long institutionId, String search) {

    static final int MAX_SEARCH = 40;

    public QueueFilter {
        if (status == null) {
            status = ReviewStatus.PENDING;
        }
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
    }

    /** The filters of the pending queue as a query string ("" when none), for links from photo to photo. */
    public String pendingQuery() {
        return org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParamIfPresent("verdict", java.util.Optional.ofNullable(verdict))
                .queryParamIfPresent("institution", java.util.Optional.ofNullable(institutionId))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(search)).encode().build().toUriString();
    }

    public QueueFilter(ReviewStatus status, Verdict verdict, Long institutionId) {
        this(status, verdict, institutionId, null);
    }
}
