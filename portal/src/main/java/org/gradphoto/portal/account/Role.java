package org.gradphoto.portal.account;

/** What an account may do. */
public enum Role {
    /** Registers, uploads and submits their own photo. */
    CANDIDATE,
    /** Decides the photos of the candidates of one institution or of one city. */
    REVIEWER,
    /** The provincial exam authority: joint review, and records the ministry's, CHSI's and registration's results. */
    PROVINCE,
    /** A university's photo office: student records, collection, linking, proofreading, export. */
    SCHOOL,
    /** Manages reviewers, institutions, deadlines and the profiles in use. */
    ADMIN,
    /** Another system using the JSON API. */
    API;

    public String authority() {
        return "ROLE_" + name();
    }
}
