package org.gradphoto.portal.review;

/** What a reviewer decided. */
public enum Outcome {
    APPROVED,
    REJECTED
}
