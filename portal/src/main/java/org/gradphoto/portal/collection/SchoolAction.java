package org.gradphoto.portal.collection;

/** What a line of a school's audit trail records; each reads in both languages as {@code school.action.<name>}. */
public enum SchoolAction {
    IMPORT_RECORDS, IMPORT_STUDIO_STARTED, IMPORT_STUDIO, ISSUE_CODES, REVOKE_CODE, CORRECT_PHOTO, DELETE_PHOTO,
    RECOLLECT_PHOTO, CANCEL_RECORD, CORRECT_RECORD, SETTINGS, ONLINE_SUBMIT, CONFIRM_RECORD, REPORT_RECORD,
    CONFIRM_PHOTO, REPORT_PHOTO
}
