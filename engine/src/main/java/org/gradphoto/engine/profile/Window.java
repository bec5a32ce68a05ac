package org.gradphoto.engine.profile;

/** A closed interval [min, max] in output pixels that a measurement must land in. */
public record Window(double min, double max) {

    public Window {
        if (min > max) {
            throw new IllegalArgumentException("window min > max");
        }
    }

    /** Distance to the nearer edge: positive inside, negative outside. */
    public double margin(double v) {
        return Math.min(v - min, max - v);
    }

    public double centre() {
        return (min + max) / 2;
    }
}
