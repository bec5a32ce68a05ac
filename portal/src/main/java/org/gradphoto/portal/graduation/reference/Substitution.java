package org.gradphoto.portal.graduation.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A passed course that may stand in for a required one (替代课程), for one major or (major null) for every major. */
@Entity
@Table(name = "substitution")
public class Substitution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "major_id")
    private Major major;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "substitute_code", nullable = false)
    private String substituteCode;

    @Column(name = "substitute_name", nullable = false)
    private String substituteName;

    protected Substitution() {
    }

    public Substitution(Major major, String courseCode, String substituteCode, String substituteName) {
        this.major = major;
        this.courseCode = courseCode;
        this.substituteCode = substituteCode;
        this.substituteName = substituteName;
    }

    public Long getId() {
        return id;
    }

    public Major getMajor() {
        return major;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getSubstituteCode() {
        return substituteCode;
    }

    public String getSubstituteName() {
        return substituteName;
    }
}
