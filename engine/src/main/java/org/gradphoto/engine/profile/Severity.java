package org.gradphoto.engine.profile;

/** ERROR: the uploader or reviewer rejects the photo. WARNING: a person should look. */
public enum Severity {
    ERROR, WARNING
}
