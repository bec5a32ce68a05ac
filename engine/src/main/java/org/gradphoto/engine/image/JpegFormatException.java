package org.gradphoto.engine.image;

/** The bytes start like a JPEG but its header cannot be read. */
public class JpegFormatException extends RuntimeException {
    public JpegFormatException(String message) {
        super(message);
    }
}
