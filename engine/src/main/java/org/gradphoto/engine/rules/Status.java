package org.gradphoto.engine.rules;

/** PASSED or FAILED; NOT_MEASURED when the rule needs something the photo lacks (no face, undecodable pixels). */
public enum Status {
    PASSED, FAILED, NOT_MEASURED
}
