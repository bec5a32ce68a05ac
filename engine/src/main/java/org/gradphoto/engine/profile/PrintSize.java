package org.gradphoto.engine.profile;

/**
 * The size a photo is printed at when a school or office prints it (the 背胶照片 of seed 004), from the profile's
 * {@code print:} block, in millimetres.
 */
public record PrintSize(double widthMm, double heightMm) {

    public PrintSize {
        if (!(widthMm >= 10 && widthMm <= 100 && heightMm >= 10 && heightMm <= 150)) {
            throw new IllegalArgumentException("a print is 10-100 mm wide and 10-150 mm high, not " + widthMm + " x " + heightMm);
        }
    }
}
