package org.gradphoto.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeadPlacementTest {

    private final HeadPlacement placer = new HeadPlacement(new Window(50, 110), new Window(200, 300), new Window(180, 300), 480);

    @Test
    void centresTheFaceAndKeepsEveryMeasurementInItsWindow() {
        // a typical head: crown to eyes about the face width
        Placement p = placer.place(100, 300, 200, 260);
        assertThat(p.x(260)).isCloseTo(240, within(1e-9));
        assertThat(p.crownY()).isBetween(50.0, 110.0);
        assertThat(p.eyeLineY()).isBetween(200.0, 300.0);
        assertThat(p.faceWidth()).isBetween(180.0, 300.0);
        assertThat(p.margin()).isGreaterThan(15.0);
        assertThat(p.crownY()).isEqualTo(p.y(100));
        assertThat(p.eyeLineY()).isEqualTo(p.y(300));
    }

    @Test
    void maximisesTheSmallestMargin() {
        Placement best = placer.place(100, 300, 200, 260);
        for (double s = 0.8; s <= 1.4; s += 0.01) {
            Placement forced = placer.place(100, 300, 200, 260, 200 * s);
            assertThat(forced.margin()).isLessThanOrEqualTo(best.margin() + 1e-6);
        }
    }

    @Test
    void reportsANegativeMarginWhenNoPlacementFits() {
        // crown to eyes twice the face width (a very high hairstyle): the windows cannot all hold
        Placement p = placer.place(0, 400, 200, 200);
        assertThat(p.margin()).isNegative();
    }

    @Test
    void honoursAWantedFaceWidth() {
        Placement p = placer.place(100, 300, 200, 260, 240.0);
        assertThat(p.faceWidth()).isCloseTo(240, within(1e-9));
        assertThat(p.scale()).isCloseTo(1.2, within(1e-9));
    }
}
