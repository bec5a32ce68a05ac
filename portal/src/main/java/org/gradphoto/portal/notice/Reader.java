package org.gradphoto.portal.notice;

/**
 * Who is reading: a visitor (no account), or an account with its institution; the admin and the provincial
 * authority read every notice.
 */
record Reader(Long accountId, Long institutionId, boolean mayManageAll) {

    static final Reader VISITOR = new Reader(null, null, false);
}
