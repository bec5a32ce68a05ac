package org.gradphoto.portal.graduation.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One course's result under an exam ticket. */
@Entity
@Table(name = "course_result")
public class CourseResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private ExamTicket ticket;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "course_name", nullable = false)
    private String courseName;

    @Column(nullable = false)
    private int credits;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "exam_month", nullable = false)
    private String examMonth;

    protected CourseResult() {
    }

    public CourseResult(ExamTicket ticket, String courseCode, String courseName, int credits, int score, boolean passed,
            String examMonth) {
        this.ticket = ticket;
        this.courseCode = courseCode;
        this.courseName = courseName;
        this.credits = credits;
        this.score = score;
        this.passed = passed;
        this.examMonth = examMonth;
    }

    /** A later sitting replaces the recorded result only if it is better (a pass is never lost). */
    public void record(String courseName, int credits, int score, boolean passed, String examMonth) {
        if (this.passed && !passed) {
            return;
        }
        if (passed && !this.passed || score > this.score) {
            this.courseName = courseName;
            this.credits = credits;
            this.score = score;
            this.passed = passed;
            this.examMonth = examMonth;
        }
    }

    public Long getId() {
        return id;
    }

    public ExamTicket getTicket() {
        return ticket;
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

    public int getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getExamMonth() {
        return examMonth;
    }
}
