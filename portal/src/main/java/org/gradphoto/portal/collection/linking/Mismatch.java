package org.gradphoto.portal.collection.linking;

/**
 * Why a photo or a record is not linked (seed 003 附件2): each with what the school does about it. Labels in the
 * message bundles (link.problem.*).
 */
public enum Mismatch {
    /** The record with this ID number has another name: correct the collection data (or the record). */
    NAME_DIFFERS,
    /** No record has this ID number, but one of the school with this name has no photo: correct the ID number. */
    ID_DIFFERS,
    /** The record with this ID number is under another school code (a branch college): correct the school code. */
    WRONG_SCHOOL_CODE,
    /** No record at all: the photo is of someone the school did not register, or its data is wholly wrong. */
    PHOTO_WITHOUT_RECORD,
    /** Nothing collected for this record yet. */
    RECORD_WITHOUT_PHOTO,
    /** Several photos for one record: choose the one to keep and delete the others. */
    SEVERAL_PHOTOS,
    /** Several active records with one ID number (adult and online education): cancel the invalid one. */
    DUPLICATE_RECORDS
}
