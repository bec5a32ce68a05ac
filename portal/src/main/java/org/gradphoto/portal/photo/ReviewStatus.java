package org.gradphoto.portal.photo;

/** Where a candidate's photo stands, in the words of the seeds (labels in the message bundles: status.*). */
public enum ReviewStatus {
    /** Nothing uploaded yet. */
    NONE,
    /** Uploaded and checked, not yet submitted (未提交). */
    DRAFT,
    /** Submitted, waiting for a reviewer (待审核). */
    PENDING,
    /** 审核通过: final; the photo can no longer be replaced. */
    APPROVED,
    /** 审核不通过: the candidate uploads again. */
    REJECTED
}
