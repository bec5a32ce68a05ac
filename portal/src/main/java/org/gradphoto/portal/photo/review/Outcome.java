package org.gradphoto.portal.photo.review;

/** What a reviewer decided. */
public enum Outcome {
    APPROVED,
    REJECTED
}
