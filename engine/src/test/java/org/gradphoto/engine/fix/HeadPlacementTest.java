package org.gradphoto.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradphoto.engine.profile.FrameSpec;
import org.gradphoto.engine.profile.Profiles;
import org.junit.jupiter.api.Test;

/** The one scale and offset: windows with margin, the face centred, and the frame filled where that can be. */
class HeadPlacementTest {

    private final FrameSpec frame = Profiles.get("chsi-2017").frame();
    private final HeadPlacement placer = new HeadPlacement(frame);

    /** A typical head (crown to eyes about the face width) in a source of this height. */
    private static HeadPlacement.Head head(double sourceHeight) {
        return new HeadPlacement.Head(100, 300, 200, 260, 520, sourceHeight);
    }

    @Test
    void centresTheFaceAndKeepsEveryMeasurementInItsWindow() {
        Placement p = placer.place(head(2000), null);
        assertThat(p.x(260)).isCloseTo(240, within(1e-9));
        assertThat(p.crownY()).isBetween(50.0, 110.0);
        assertThat(p.eyeLineY()).isBetween(200.0, 300.0);
        assertThat(p.faceWidth()).isBetween(180.0, 300.0);
        assertThat(p.margin()).isGreaterThan(15.0);
        assertThat(p.crownY()).isEqualTo(p.y(100));
        assertThat(p.eyeLineY()).isEqualTo(p.y(300));
        assertThat(p.rowsBelowSource(640)).isZero();
    }

    @Test
    void takesTheMostMarginWhenTheSourceReachesTheBottomAnyway() {
        Placement best = placer.place(head(2000), null);
        for (double s = 0.8; s <= 1.4; s += 0.01) {
            Placement forced = placer.place(head(2000), 200 * s);
            assertThat(forced.margin()).isLessThanOrEqualTo(best.margin() + 1e-6);
        }
    }

    @Test
    void enlargesAHeadCutCloseBelowTheChinSoThatTheSourceReachesTheBottom() {
        // a passport-style crop: the source ends 1.75 face widths below the eyes
        Placement widest = placer.place(head(2000), null);
        Placement p = placer.place(head(650), null);
        assertThat(widest.y(650)).isLessThan(640);
        assertThat(p.rowsBelowSource(640)).isZero();
        assertThat(p.scale()).isGreaterThan(widest.scale());
        assertThat(p.margin()).isGreaterThanOrEqualTo(frame.fix().comfortMargin() - 1e-9);
        assertThat(p.faceWidth()).isBetween(180.0, 300.0);
    }

    @Test
    void reachesAsFarDownAsTheWindowsAllowWhenTheBottomCannotBeReached() {
        Placement p = placer.place(head(400), null);
        assertThat(p.rowsBelowSource(640)).isPositive();
        // no comfortable placement reaches further down
        for (double w = 180; w <= 300; w += 2) {
            Placement forced = placer.place(head(400), w);
            if (forced.margin() >= frame.fix().comfortMargin()) {
                assertThat(forced.sourceBottom()).isLessThanOrEqualTo(p.sourceBottom() + 1e-6);
            }
        }
    }

    @Test
    void reportsANegativeMarginWhenNoPlacementFits() {
        // crown to eyes twice the face width (a very high hairstyle): the windows cannot all hold
        Placement p = placer.place(new HeadPlacement.Head(0, 400, 200, 200, 400, 2000), null);
        assertThat(p.margin()).isNegative();
    }

    @Test
    void honoursAWantedFaceWidth() {
        Placement p = placer.place(head(2000), 240.0);
        assertThat(p.faceWidth()).isCloseTo(240, within(1e-9));
        assertThat(p.scale()).isCloseTo(1.2, within(1e-9));
    }
}
