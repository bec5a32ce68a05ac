package org.gradphoto.portal.notice;

/** Where a notice stands for its publisher. */
enum NoticeState {
    SCHEDULED, SHOWN, EXPIRED, WITHDRAWN
}
