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
import org.gradphoto.portal.graduation.exemption.Course;

/** A required course of a major's plan. */
@Entity
@Table(name = "plan_course")
public class PlanCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "major_id")
    private Major major;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "course_name", nullable = false)
    private String courseName;

    @Column(nullable = false)
    private int credits;

    @Column(name = "public_basic", nullable = false)
    private boolean publicBasic;

    protected PlanCourse() {
    }

    PlanCourse(Major major, String courseCode, String courseName, int credits, boolean publicBasic) {
        this.major = major;
        this.courseCode = courseCode;
        this.courseName = courseName;
        this.credits = credits;
        this.publicBasic = publicBasic;
    }

    public Course asCourse() {
        return new Course(courseCode, courseName, credits, publicBasic);
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

    public String getCourseName() {
        return courseName;
    }

    public int getCredits() {
        return credits;
    }

    public boolean isPublicBasic() {
        return publicBasic;
    }
}
