package org.gradphoto.engine.profile;

/** A profile file that cannot be used, with the place of the problem. */
public class InvalidProfileException extends RuntimeException {
    public InvalidProfileException(String profileId, String problem) {
        super("profile " + profileId + ": " + problem);
    }
}
