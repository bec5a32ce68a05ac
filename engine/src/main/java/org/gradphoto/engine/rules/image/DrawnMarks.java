package org.gradphoto.engine.rules.image;

import java.util.ArrayList;
import java.util.List;
import org.gradphoto.engine.image.MatScope;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Marks drawn over a photo (the red tick or cross of an example sheet, a circle, an arrow, a scribble): strokes of
 * a colour more vivid than skin, hair or ordinary clothing (CIE chroma over {@code minChroma}), thin (at most
 * {@code maxWidthShare} of the picture's width across) and long (at least {@code minLengthShare} of its diagonal).
 * A vivid garment is vivid too, but it is a broad area, not a stroke.
 */
final class DrawnMarks {

    private final double minChroma;
    private final double maxWidthShare;
    private final double minLengthShare;

    DrawnMarks(double minChroma, double maxWidthShare, double minLengthShare) {
        this.minChroma = minChroma;
        this.maxWidthShare = maxWidthShare;
        this.minLengthShare = minLengthShare;
    }

    /** The boxes of the strokes found in {@code lab} (CV_32FC3 L*a*b*). */
    List<Rect> find(Mat lab) {
        List<Rect> marks = new ArrayList<>();
        try (MatScope m = new MatScope()) {
            List<Mat> channels = new ArrayList<>();
            Core.split(lab, channels);
            channels.forEach(m::add);
            Mat chroma = m.mat();
            Core.magnitude(channels.get(1), channels.get(2), chroma);
            Mat vivid = m.mat();
            Core.compare(chroma, new Scalar(minChroma), vivid, Core.CMP_GT);
            if (Core.countNonZero(vivid) == 0) {
                return marks;
            }
            // the distance to the nearest non-vivid pixel: twice its largest value inside a stroke is its width
            Mat distance = m.mat();
            Imgproc.distanceTransform(vivid, distance, Imgproc.DIST_L2, 3);
            Mat labels = m.mat();
            Mat stats = m.mat();
            Mat centroids = m.mat();
            int n = Imgproc.connectedComponentsWithStats(vivid, labels, stats, centroids, 8, CvType.CV_32S);
            double maxWidth = maxWidthShare * lab.cols();
            double minLength = minLengthShare * Math.hypot(lab.cols(), lab.rows());
            for (int i = 1; i < n; i++) {
                Rect box = new Rect((int) stats.get(i, Imgproc.CC_STAT_LEFT)[0], (int) stats.get(i, Imgproc.CC_STAT_TOP)[0],
                        (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0], (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0]);
                if (Math.hypot(box.width, box.height) < minLength) {
                    continue;
                }
                Mat mine = m.mat();
                Core.compare(m.sub(labels, box), new Scalar(i), mine, Core.CMP_EQ);
                double width = 2 * Core.minMaxLoc(m.sub(distance, box), mine).maxVal;
                if (width <= maxWidth) {
                    marks.add(box);
                }
            }
        }
        return marks;
    }
}
