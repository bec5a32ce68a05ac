package org.gradphoto.portal.graduation.gradform;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.graduation.GraduationApplication;
import org.gradphoto.portal.graduation.Problem;

/**
 * The graduate registration form of an application (seed 002 三、2): a resume of at most five lines in time order,
 * continuous, up to the present; a self-evaluation; the employer's appraisal when the graduate is employed.
 * Saved only when valid; {@link #problems} explains every problem at once.
 */
@Entity
@Table(name = "graduate_form")
public class GraduateForm {

    static final int MAX_LINES = 5;
    static final int MAX_TEXT = 2000;
    static final int MIN_SELF_EVALUATION = 20;
    /**
     * The longest pause between two lines that is not a gap in the resume: the summer between school and work
     * (2015-07 to 2015-09), a job search of a season.
     */
    static final int MAX_PAUSE_MONTHS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", unique = true)
    private GraduationApplication application;

    @Column(name = "self_evaluation", nullable = false)
    private String selfEvaluation = "";

    @Column(name = "employer_appraisal", nullable = false)
    private String employerAppraisal = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null until the form is first saved with them. */
    @Embedded
    private PersonalDetails personal;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ResumeEntry> entries = new ArrayList<>();

    protected GraduateForm() {
    }

    public GraduateForm(GraduationApplication application, Instant now) {
        this.application = application;
        this.updatedAt = now;
    }

    /** Every problem of these contents, as of this month; empty when they may be saved. */
    public static List<Problem> problems(List<ResumeEntry.Line> lines, String selfEvaluation, String employerAppraisal,
            YearMonth now) {
        List<Problem> p = new ArrayList<>();
        if (lines.isEmpty()) {
            p.add(Problem.of("form.problem.no_lines"));
        }
        if (lines.size() > MAX_LINES) {
            p.add(Problem.of("form.problem.too_many", lines.size()));
        }
        for (int i = 0; i < lines.size(); i++) {
            ResumeEntry.Line l = lines.get(i);
            int n = i + 1;
            if (l.place().isEmpty() || l.place().length() > 100) {
                p.add(Problem.of("form.problem.place", n));
            }
            if (l.role().isEmpty() && !l.noEmployer() || l.role().length() > 60) {
                p.add(Problem.of("form.problem.role", n));
            }
            if (l.from() == null) {
                p.add(Problem.of("form.problem.from", n));
                continue;
            }
            if (l.from().isAfter(now)) {
                p.add(Problem.of("form.problem.future", n));
            }
            if (l.to() != null && l.to().isBefore(l.from())) {
                p.add(Problem.of("form.problem.order_within", n));
            }
            if (l.to() == null && i < lines.size() - 1) {
                p.add(Problem.of("form.problem.present_not_last", n));
            }
            if (i > 0) {
                ResumeEntry.Line prev = lines.get(i - 1);
                if (prev.to() != null && prev.from() != null) {
                    if (l.from().isBefore(prev.to())) {
                        p.add(Problem.of("form.problem.overlap", n - 1, n));
                    } else if (l.from().isAfter(prev.to().plusMonths(MAX_PAUSE_MONTHS))) {
                        p.add(Problem.of("form.problem.gap", n - 1, n, prev.to(), l.from()));
                    }
                }
            }
        }
        if (!lines.isEmpty()) {
            ResumeEntry.Line end = lines.get(lines.size() - 1);
            if (end.to() != null && end.to().isBefore(now)) {
                p.add(Problem.of("form.problem.not_present", now));
            }
        }
        String self = selfEvaluation == null ? "" : selfEvaluation.strip();
        if (self.length() < MIN_SELF_EVALUATION) {
            p.add(Problem.of("form.problem.self_evaluation", MIN_SELF_EVALUATION));
        }
        if (self.length() > MAX_TEXT) {
            p.add(Problem.of("form.problem.too_long", MAX_TEXT));
        }
        ResumeEntry.Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        boolean employed = last != null && last.to() == null && !last.place().isEmpty() && !last.noEmployer();
        String appraisal = employerAppraisal == null ? "" : employerAppraisal.strip();
        if (employed && appraisal.isEmpty()) {
            p.add(Problem.of("form.problem.appraisal"));
        }
        if (appraisal.length() > MAX_TEXT) {
            p.add(Problem.of("form.problem.too_long", MAX_TEXT));
        }
        return p;
    }

    /** Replaces the contents, when valid. */
    public void fill(List<ResumeEntry.Line> lines, String selfEvaluation, String employerAppraisal, PersonalDetails personal,
            YearMonth thisMonth, Instant now) {
        if (!problems(lines, selfEvaluation, employerAppraisal, thisMonth).isEmpty() || !personal.problems(thisMonth).isEmpty()) {
            throw new RefusedException("form.error.invalid");
        }
        this.personal = personal;
        entries.clear();
        for (int i = 0; i < lines.size(); i++) {
            entries.add(new ResumeEntry(this, i, lines.get(i)));
        }
        this.selfEvaluation = selfEvaluation.strip();
        this.employerAppraisal = employerAppraisal == null ? "" : employerAppraisal.strip();
        this.updatedAt = now;
    }

    public boolean isFilled() {
        return !entries.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public GraduationApplication getApplication() {
        return application;
    }

    public PersonalDetails getPersonal() {
        return personal;
    }

    public String getSelfEvaluation() {
        return selfEvaluation;
    }

    public String getEmployerAppraisal() {
        return employerAppraisal;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ResumeEntry> getEntries() {
        return entries;
    }
}
