package org.gradphoto.portal.graduation.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A graduation round: spring (上半年) or autumn (下半年) of a year, with its photo deadline, which falls before
 * its application deadline (photos need a city office's review first).
 */
@Entity
@Table(name = "exam_round")
public class ExamRound {

    /** The half of the year. */
    public enum Half {
        SPRING("上半年", "spring"),
        AUTUMN("下半年", "autumn");

        private final String zh;
        private final String en;

        Half(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "round_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Half half;

    @Column(name = "photo_deadline", nullable = false)
    private Instant photoDeadline;

    @Column(name = "application_deadline", nullable = false)
    private Instant applicationDeadline;

    protected ExamRound() {
    }

    public ExamRound(int year, Half half, Instant photoDeadline, Instant applicationDeadline) {
        if (year < 2000 || year > 2100 || half == null) {
            throw new IllegalArgumentException("a round needs a year and a half");
        }
        if (photoDeadline == null || applicationDeadline == null || !photoDeadline.isBefore(applicationDeadline)) {
            throw new IllegalArgumentException("the photo deadline must fall before the application deadline");
        }
        this.year = year;
        this.half = half;
        this.code = year + "-" + (half == Half.SPRING ? "1" : "2");
        this.photoDeadline = photoDeadline;
        this.applicationDeadline = applicationDeadline;
    }

    /**
     * The latest date a prior diploma may carry for a 本科 application of this round (seed 002 附件2): 30 June for
     * the spring round, 30 December for the autumn round, both inclusive.
     */
    public LocalDate priorDegreeLimit() {
        return half == Half.SPRING ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 30);
    }

    /**
     * The day by which a fresh graduate who applied with the school's certificate must complete the verification
     * of the diploma (seed 002 附件2 三（1）: spring round only, 1 July), or null when the round allows no such
     * exception.
     */
    public LocalDate freshGraduateVerificationDay() {
        return half == Half.SPRING ? LocalDate.of(year, 7, 1) : null;
    }

    public boolean acceptsApplications(Instant now) {
        return now.isBefore(applicationDeadline);
    }

    public Long getId() {
        return id;
    }

    /** The round's one name on every page: 2026 年下半年, or "2026 autumn" in English. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? year + " 年" + half.zh() : year + " " + half.en();
    }

    public String getCode() {
        return code;
    }

    public int getYear() {
        return year;
    }

    public Half getHalf() {
        return half;
    }

    public Instant getPhotoDeadline() {
        return photoDeadline;
    }

    public Instant getApplicationDeadline() {
        return applicationDeadline;
    }
}
