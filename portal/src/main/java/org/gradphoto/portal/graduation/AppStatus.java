package org.gradphoto.portal.graduation;

import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;

/**
 * Where a graduation application stands (seed 002 二、2-4), and who acts on it there: 已受理 → 市级初审 →
 * 主考院校与省级会审 → 教育部考试院审核 → 学信网核验 → 电子注册完成 → 证书可领取 → 已领取; or returned to the
 * candidate, held for a registration anomaly, or lapsed. Labels in the message bundles (app.status.*).
 */
public enum AppStatus {
    DRAFT,
    ACCEPTED,
    CITY_APPROVED,
    JOINT_APPROVED,
    MOE_APPROVED,
    CHSI_VERIFIED,
    REGISTERED,
    CERTIFICATE_READY,
    COLLECTED,
    RETURNED,
    HELD,
    LAPSED;

    /** Who acts on an application in this status. */
    public enum Actor {
        /** The city exam office (a reviewer of the candidate's city or institution). */
        CITY,
        /** The provincial authority (with the examining universities; records the ministry's and CHSI's results). */
        PROVINCE;

        /** Whether this account may take a step of this actor on the candidate's application. */
        boolean mayAct(Account actor, Account candidate) {
            return switch (this) {
                case CITY -> actor.getRole() == Role.REVIEWER && actor.mayReview(candidate);
                case PROVINCE -> actor.getRole() == Role.PROVINCE;
            };
        }
    }

    /** The actor of the step taken from here, or null where nobody acts (draft, returned, final states). */
    public Actor actor() {
        return switch (this) {
            case ACCEPTED, REGISTERED, CERTIFICATE_READY -> Actor.CITY;
            case CITY_APPROVED, JOINT_APPROVED, MOE_APPROVED, CHSI_VERIFIED -> Actor.PROVINCE;
            default -> null;
        };
    }

    /** The status the step from here leads to. */
    public AppStatus next() {
        return switch (this) {
            case ACCEPTED -> CITY_APPROVED;
            case CITY_APPROVED -> JOINT_APPROVED;
            case JOINT_APPROVED -> MOE_APPROVED;
            case MOE_APPROVED -> CHSI_VERIFIED;
            case CHSI_VERIFIED -> REGISTERED;
            case REGISTERED -> CERTIFICATE_READY;
            case CERTIFICATE_READY -> COLLECTED;
            default -> null;
        };
    }

    /** Review steps at which an application may be returned to the candidate or held: before registration. */
    public boolean underReview() {
        return this == ACCEPTED || this == CITY_APPROVED || this == JOINT_APPROVED || this == MOE_APPROVED
                || this == CHSI_VERIFIED;
    }

    /** The candidate may change courses, exemptions and attachments (the major stays). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Registered or beyond: the major counts as graduated. */
    public boolean graduated() {
        return this == REGISTERED || this == CERTIFICATE_READY || this == COLLECTED;
    }
}
