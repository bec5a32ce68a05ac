package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MobileNumberTest {

    @Test
    void acceptsMainlandNumbersWithOrWithoutTheCountryCode() {
        assertThat(new MobileNumber("13800138000").value()).isEqualTo("13800138000");
        assertThat(new MobileNumber("+86 138-0013-8000").value()).isEqualTo("13800138000");
        assertThat(new MobileNumber("8613800138000").value()).isEqualTo("13800138000");
        assertThat(new MobileNumber("１３８００１３８０００").value()).isEqualTo("13800138000");
    }

    @Test
    void acceptsInternationalNumbersWrittenWithPlus() {
        assertThat(new MobileNumber("+852 9123 4567").value()).isEqualTo("+85291234567");
    }

    @Test
    void rejectsWhatIsNoMobileNumber() {
        for (String bad : new String[] {"12800138000", "1380013800", "138001380001", "hello", "+0123456789"}) {
            assertThatThrownBy(() -> new MobileNumber(bad)).isInstanceOf(InvalidFieldException.class)
                    .extracting(e -> ((InvalidFieldException) e).messageKey()).isEqualTo("mobile.format");
        }
        assertThatThrownBy(() -> new MobileNumber(" ")).extracting(e -> ((InvalidFieldException) e).messageKey())
                .isEqualTo("mobile.missing");
    }

    @Test
    void masksTheMiddle() {
        assertThat(new MobileNumber("13800138000").masked()).isEqualTo("138****8000");
    }
}
