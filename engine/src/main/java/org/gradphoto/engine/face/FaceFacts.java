package org.gradphoto.engine.face;

import org.opencv.core.Point;
import org.opencv.core.Rect2d;

/**
 * What was measured on the main face, in pixels of the picture as displayed. "Right" is the subject's right
 * (the image's left). Angles in degrees: roll positive when the subject's left eye is lower, yaw positive when the
 * face turns towards the image's right, pitch positive when the head bends forward (chin down).
 *
 * @param crownY top of the head, hair included
 * @param crownAtTopEdge the hair runs into the top edge: the true crown is above the picture
 * @param hairlineY the mesh's hairline (point 10), where the face begins
 * @param eyeOpenRight probability that the right eye is open
 * @param mouthOpenRatio gap between the inner lips divided by the mouth width
 * @param meshPresence the mesh model's confidence that it sees a face
 */
public record FaceFacts(
        Rect2d box,
        Point rightEye,
        Point leftEye,
        Point cheekRight,
        Point cheekLeft,
        double faceWidth,
        double faceCentreX,
        double eyeLineY,
        double crownY,
        boolean crownAtTopEdge,
        double hairlineY,
        double chinY,
        double roll,
        double yaw,
        double pitch,
        double eyeOpenRight,
        double eyeOpenLeft,
        double mouthOpenRatio,
        Shoulders shoulders,
        double meshPresence,
        FaceLandmarks landmarks) {

    /** Distance between the eye centres. */
    public double interocular() {
        return Math.hypot(leftEye.x - rightEye.x, leftEye.y - rightEye.y);
    }

    /** The same facts with every length multiplied by {@code k} (working pixels to original pixels). */
    public FaceFacts scaled(double k) {
        if (k == 1) {
            return this;
        }
        return new FaceFacts(new Rect2d(box.x * k, box.y * k, box.width * k, box.height * k), mul(rightEye, k),
                mul(leftEye, k), mul(cheekRight, k), mul(cheekLeft, k), faceWidth * k, faceCentreX * k, eyeLineY * k,
                crownY * k, crownAtTopEdge, hairlineY * k, chinY * k, roll, yaw, pitch, eyeOpenRight, eyeOpenLeft,
                mouthOpenRatio, shoulders.scaled(k), meshPresence, landmarks.scaled(k));
    }

    private static Point mul(Point p, double k) {
        return new Point(p.x * k, p.y * k);
    }
}
