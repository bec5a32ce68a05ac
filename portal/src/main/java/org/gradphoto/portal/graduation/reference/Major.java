package org.gradphoto.portal.graduation.reference;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.gradphoto.portal.graduation.exemption.Level;

/**
 * A self-study major: code, name, level (专科 or 本科), the category its rules care about (e.g. 计算机), the credits
 * a graduate needs, whether an internship appraisal must be uploaded (nursing 本科), and its plan of courses.
 */
@Entity
@Table(name = "major")
public class Major {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "major_level", nullable = false)
    private Level level;

    @Column(nullable = false)
    private String category;

    @Column(name = "min_credits", nullable = false)
    private int minCredits;

    @Column(name = "internship_required", nullable = false)
    private boolean internshipRequired;

    @OneToMany(mappedBy = "major", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("courseCode")
    private List<PlanCourse> courses = new ArrayList<>();

    protected Major() {
    }

    public Major(String code, String name, Level level, String category, int minCredits, boolean internshipRequired) {
        if (level != Level.ZHUANKE && level != Level.BENKE) {
            throw new IllegalArgumentException("a self-study major is 专科 or 本科");
        }
        this.code = code;
        this.name = name;
        this.level = level;
        this.category = category;
        this.minCredits = minCredits;
        this.internshipRequired = internshipRequired;
    }

    /** Adds or replaces a course of the plan. */
    public void plan(String courseCode, String courseName, int credits, boolean publicBasic) {
        courses.removeIf(c -> c.getCourseCode().equals(courseCode));
        courses.add(new PlanCourse(this, courseCode, courseName, credits, publicBasic));
    }

    public void update(String name, Level level, String category, int minCredits, boolean internshipRequired) {
        this.name = name;
        this.level = level;
        this.category = category;
        this.minCredits = minCredits;
        this.internshipRequired = internshipRequired;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Level getLevel() {
        return level;
    }

    public String getCategory() {
        return category;
    }

    public int getMinCredits() {
        return minCredits;
    }

    public boolean isInternshipRequired() {
        return internshipRequired;
    }

    public List<PlanCourse> getCourses() {
        return courses;
    }
}
