package org.gradphoto.portal.collection.records;

/** A student's proofreading of their record or their photo (学信网's 校对): not yet, 正确, or an error reported. */
public enum Check {
    UNCHECKED,
    CONFIRMED,
    REPORTED
}
