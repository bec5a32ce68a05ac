package org.gradphoto.portal.print;

/**
 * One part of a run of prints: a sheet PDF is laid out in memory, so at most {@link #MAX_PHOTOS} photos go on one and
 * a longer run (a school's whole year) is printed in numbered parts, each PDF linking to the next.
 *
 * @param number 1-based; a number past the last part is the last part
 * @param total  the photos of the whole run
 */
public record SheetPart(int number, int total) {

    /** 25 A4 pages of two-inch prints. */
    public static final int MAX_PHOTOS = 400;

    public SheetPart {
        if (total < 0) {
            throw new IllegalArgumentException("a run has no negative number of photos");
        }
        number = Math.min(Math.max(1, number), partsOf(total));
    }

    private static int partsOf(int total) {
        return Math.max(1, (total + MAX_PHOTOS - 1) / MAX_PHOTOS);
    }

    public int parts() {
        return partsOf(total);
    }

    /** How many photos of the run come before this part. */
    public int skip() {
        return (number - 1) * MAX_PHOTOS;
    }

    /** The 1-based numbers of this part's first and last photo; 0 and 0 for an empty run. */
    public int first() {
        return total == 0 ? 0 : skip() + 1;
    }

    public int last() {
        return Math.min(total, number * MAX_PHOTOS);
    }

    public boolean hasNext() {
        return number < parts();
    }
}
