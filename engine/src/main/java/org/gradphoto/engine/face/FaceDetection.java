package org.gradphoto.engine.face;

import java.util.List;
import org.opencv.core.Point;
import org.opencv.core.Rect2d;

/**
 * One face found by the detector, in image pixels.
 *
 * @param keypoints BlazeFace's six points: subject's right eye, left eye, nose tip, mouth centre, right ear
 *     tragion, left ear tragion (subject's right is the image's left)
 */
public record FaceDetection(Rect2d box, double score, List<Point> keypoints, String model) {

    public Point rightEye() {
        return keypoints.get(0);
    }

    public Point leftEye() {
        return keypoints.get(1);
    }

    public double area() {
        return box.width * box.height;
    }
}
