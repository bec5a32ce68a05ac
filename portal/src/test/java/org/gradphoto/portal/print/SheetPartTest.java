package org.gradphoto.portal.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SheetPartTest {

    @Test
    void aRunOfUpToFourHundredIsOnePart() {
        SheetPart p = new SheetPart(1, 400);
        assertThat(p.parts()).isEqualTo(1);
        assertThat(p.first()).isEqualTo(1);
        assertThat(p.last()).isEqualTo(400);
        assertThat(p.hasNext()).isFalse();
    }

    @Test
    void aLongerRunIsNumberedInPartsOfFourHundred() {
        SheetPart second = new SheetPart(2, 806);
        assertThat(second.parts()).isEqualTo(3);
        assertThat(second.skip()).isEqualTo(400);
        assertThat(second.first()).isEqualTo(401);
        assertThat(second.last()).isEqualTo(800);
        assertThat(second.hasNext()).isTrue();
        SheetPart third = new SheetPart(3, 806);
        assertThat(third.first()).isEqualTo(801);
        assertThat(third.last()).isEqualTo(806);
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void aPartPastTheEndOrBeforeTheStartIsTheLastOrTheFirst() {
        assertThat(new SheetPart(9, 806).number()).isEqualTo(3);
        assertThat(new SheetPart(0, 806).number()).isEqualTo(1);
        assertThat(new SheetPart(-5, 10).number()).isEqualTo(1);
        assertThat(new SheetPart(Integer.MAX_VALUE, 10).number()).isEqualTo(1);
    }

    @Test
    void anEmptyRunIsOneEmptyPart() {
        SheetPart p = new SheetPart(1, 0);
        assertThat(p.parts()).isEqualTo(1);
        assertThat(p.first()).isZero();
        assertThat(p.last()).isZero();
        assertThatThrownBy(() -> new SheetPart(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
