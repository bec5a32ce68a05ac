package org.gradphoto.portal.graduation;

import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.springframework.test.util.ReflectionTestUtils;

/** Reaches the shared {@link org.gradphoto.portal.TestData} held by {@link GraduationData}. */
record TestDataAccess(GraduationData world) {

    org.gradphoto.portal.TestData data() {
        return (org.gradphoto.portal.TestData) ReflectionTestUtils.getField(world, "data");
    }

    Account reviewerOf(Institution inst) {
        return data().reviewer(inst);
    }

    Account candidateWithoutPhoto(Institution inst) {
        return data().candidate(inst);
    }
}
