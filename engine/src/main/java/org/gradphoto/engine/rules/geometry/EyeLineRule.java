package org.gradphoto.engine.rules.geometry;

import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Profile;

/** GEOM_EYES: the eye line (mean height of the two eye centres) 200-300 px below the top edge. */
public final class EyeLineRule extends WindowRule {

    public static final String ID = "GEOM_EYES";

    public EyeLineRule(Profile profile) {
        super(ID, profile, org.gradphoto.engine.profile.FrameSpec::eyes);
    }

    @Override
    double measure(FaceFacts face) {
        return face.eyeLineY();
    }
}
