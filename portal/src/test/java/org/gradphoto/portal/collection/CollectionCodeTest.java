package org.gradphoto.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.gradphoto.portal.collection.records.StudentRecordTest;
import org.junit.jupiter.api.Test;

/** Collection codes: random, unique, typed forgivingly, and usable once, before expiry, unless revoked. */
class CollectionCodeTest {

    static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    static CollectionCode code() {
        return new CollectionCode(StudentRecordTest.record(), NOW, NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void codesAreTwentyCharactersOfCrockfordBase32AndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        int[] perPosition = new int[32];
        for (int i = 0; i < 100_000; i++) {
            String c = CollectionCode.newCode();
            assertThat(c).matches("[0-9A-HJKMNP-TV-Z]{20}");
            assertThat(seen.add(c)).isTrue();
            perPosition["0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c.charAt(0))]++;
        }
        // 100 bits: the first character alone is uniform (each of 32 symbols about 3,125 times)
        for (int n : perPosition) {
            assertThat(n).isBetween(2_800, 3_450);
        }
    }

    @Test
    void aCodeIsReadAsTypedWithSpacesDashesLowerCaseAndLookAlikes() {
        assertThat(CollectionCode.normalise(" abcd-efgh ijkl-mnop-qrst ")).isEqualTo("ABCDEFGH1JK1MN0PQRST");
    }

    @Test
    void usableOnceBeforeItExpiresUnlessRevoked() {
        CollectionCode c = code();
        assertThat(c.usable(NOW)).isTrue();
        assertThatThrownBy(() -> c.requireUsable(NOW.plus(Duration.ofDays(30)))).extracting("messageKey")
                .isEqualTo("collection.error.code_expired");
        c.use(null, NOW);
        assertThatThrownBy(() -> c.requireUsable(NOW)).extracting("messageKey").isEqualTo("collection.error.code_used");
        CollectionCode revoked = code();
        revoked.revoke(NOW);
        assertThatThrownBy(() -> revoked.requireUsable(NOW)).extracting("messageKey").isEqualTo("collection.error.code_revoked");
        assertThat(code().getGrouped()).matches("(.{4}-){4}.{4}");
    }

    @Test
    void aNameIsHalfHiddenOnTheUploadPage() {
        assertThat(OnlineCollection.mask("张三")).isEqualTo("张*");
        assertThat(OnlineCollection.mask("欧阳小明")).isEqualTo("欧**明");
        assertThat(OnlineCollection.mask("王")).isEqualTo("王");
    }
}
