package org.gradphoto.engine.rules.geometry;

import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Profile;

/** GEOM_FACE_WIDTH: face width between the cheeks (mesh points 234 and 454) 180-300 px. */
public final class FaceWidthRule extends WindowRule {

    public static final String ID = "GEOM_FACE_WIDTH";

    public FaceWidthRule(Profile profile) {
        super(ID, profile, org.gradphoto.engine.profile.FrameSpec::faceWidth);
    }

    @Override
    double measure(FaceFacts face) {
        return face.faceWidth();
    }
}
