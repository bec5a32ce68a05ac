package org.gradphoto.portal.graduation.gradform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.YearMonth;

/** One line of the resume: from, to (empty: 至今), where, as what. */
@Entity
@Table(name = "resume_entry")
public class ResumeEntry {

    /** Places that mean no employer: allowed by seed 002, and no employer appraisal is needed then. */
    public static final java.util.Set<String> NO_EMPLOYER = java.util.Set.of("待业", "自由职业");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private GraduateForm form;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "from_month", nullable = false)
    private String fromMonth;

    @Column(name = "to_month")
    private String toMonth;

    @Column(nullable = false)
    private String place;

    @Column(nullable = false)
    private String role;

    protected ResumeEntry() {
    }

    ResumeEntry(GraduateForm form, int seq, Line line) {
        this.form = form;
        this.seq = seq;
        this.fromMonth = line.from().toString();
        this.toMonth = line.to() == null ? null : line.to().toString();
        this.place = line.place();
        this.role = line.role();
    }

    public Line line() {
        return new Line(YearMonth.parse(fromMonth), toMonth == null ? null : YearMonth.parse(toMonth), place, role);
    }

    public int getSeq() {
        return seq;
    }

    public String getFromMonth() {
        return fromMonth;
    }

    public String getToMonth() {
        return toMonth;
    }

    public String getPlace() {
        return place;
    }

    public String getRole() {
        return role;
    }

    /** A resume line as typed (to null: up to the present). */
    public record Line(YearMonth from, YearMonth to, String place, String role) {

        public Line {
            place = place == null ? "" : place.strip();
            role = role == null ? "" : role.strip();
        }

        public boolean noEmployer() {
            return NO_EMPLOYER.contains(place);
        }
    }
}
