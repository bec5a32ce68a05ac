package org.gradphoto.portal.photo.review;

import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.photo.ReviewStatus;

/**
 * The reviewer queue's filters: status (待审核 by default), the machine's verdict of the current photo, and one
 * institution of the reviewer's scope (null: all of them).
 */
public record QueueFilter(ReviewStatus status, Verdict verdict, Long institutionId) {

    public QueueFilter {
        if (status == null) {
            status = ReviewStatus.PENDING;
        }
    }
}
