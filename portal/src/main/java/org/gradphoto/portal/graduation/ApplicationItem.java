package org.gradphoto.portal.graduation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.exemption.Course;

/** One course of the plan in an application, and how it is met. Changed only through its application. */
@Entity
@Table(name = "application_item")
public class ApplicationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private GraduationApplication application;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "course_name", nullable = false)
    private String courseName;

    @Column(nullable = false)
    private int credits;

    @Column(name = "public_basic", nullable = false)
    private boolean publicBasic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Resolution resolution = Resolution.MISSING;

    @Column(name = "result_score")
    private Integer resultScore;

    private String qualification;

    @Column(name = "rule_id")
    private String ruleId;

    @Column(name = "rule_article")
    private String ruleArticle;

    @ManyToOne
    @JoinColumn(name = "attachment_key")
    private StoredFile attachment;

    @Column(name = "substitute_code")
    private String substituteCode;

    @Column(name = "substitute_name")
    private String substituteName;

    protected ApplicationItem() {
    }

    ApplicationItem(GraduationApplication application, int seq, Course course) {
        this.application = application;
        this.seq = seq;
        this.courseCode = course.code();
        this.courseName = course.name();
        this.credits = course.credits();
        this.publicBasic = course.publicBasic();
    }

    Course course() {
        return new Course(courseCode, courseName, credits, publicBasic);
    }

    void passed(int score) {
        clear();
        resolution = Resolution.PASSED;
        resultScore = score;
    }

    void exempted(String qualificationCode, String rule, String article, StoredFile evidence) {
        clear();
        resolution = Resolution.EXEMPTED;
        qualification = qualificationCode;
        ruleId = rule;
        ruleArticle = article;
        attachment = evidence;
    }

    void substituted(String code, String name, int score) {
        clear();
        resolution = Resolution.SUBSTITUTED;
        substituteCode = code;
        substituteName = name;
        resultScore = score;
    }

    void clear() {
        resolution = Resolution.MISSING;
        resultScore = null;
        qualification = null;
        ruleId = null;
        ruleArticle = null;
        attachment = null;
        substituteCode = null;
        substituteName = null;
    }

    public boolean met() {
        return resolution != Resolution.MISSING;
    }

    public Long getId() {
        return id;
    }

    public int getSeq() {
        return seq;
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

    public Resolution getResolution() {
        return resolution;
    }

    public Integer getResultScore() {
        return resultScore;
    }

    public String getQualification() {
        return qualification;
    }

    /** The qualification an exemption rests on as a page names it (大学英语四级, not CET:4); null when none. */
    public org.gradphoto.portal.graduation.exemption.Qualification qualificationShown() {
        try {
            return qualification == null ? null : org.gradphoto.portal.graduation.exemption.Qualification.parse(qualification);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getRuleArticle() {
        return ruleArticle;
    }

    public StoredFile getAttachment() {
        return attachment;
    }

    public String getSubstituteCode() {
        return substituteCode;
    }

    public String getSubstituteName() {
        return substituteName;
    }
}
