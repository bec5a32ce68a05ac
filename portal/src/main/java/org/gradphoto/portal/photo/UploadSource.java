package org.gradphoto.portal.photo;

/** Where an upload's photo came from. */
public enum UploadSource {
    /** The file the candidate sent. */
    UPLOADED,
    /** The automatic fix of an uploaded file, chosen by the candidate. */
    FIXED
}
