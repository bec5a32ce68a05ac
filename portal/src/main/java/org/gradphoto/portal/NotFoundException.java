package org.gradphoto.portal;

/**
 * Not the caller's, or not there: to the caller the same thing, so a guessed id learns nothing. Pages answer it
 * with 404 (web.WebErrors).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found");
    }
}
