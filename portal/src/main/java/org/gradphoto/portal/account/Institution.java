package org.gradphoto.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gradphoto.engine.profile.Profiles;

/**
 * A city exam office or a school: candidates register with one, reviewers work for one (or for every one of a
 * city), and it names the profile of the standard its photos are checked against.
 */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "city_zh", nullable = false)
    private String cityZh;

    @Column(name = "city_en", nullable = false)
    private String cityEn;

    @Column(name = "profile_id", nullable = false)
    private String profileId;

    @Column(name = "exemption_rules", nullable = false)
    private String exemptionRules = "xinjiang";

    /** For a branch college (独立学院): the main school, whose admins manage its records too. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "parent_id")
    private Institution parent;

    /** The school's feature code (特征码) students enter with their collection code. */
    @Column(name = "feature_code")
    private String featureCode;

    @Column(name = "proofread_deadline")
    private java.time.Instant proofreadDeadline;

    @Column(name = "lock_date")
    private java.time.Instant lockDate;

    protected Institution() {
    }

    public Institution(String code, String nameZh, String nameEn, String cityZh, String cityEn, String profileId) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{2,32}")) {
            throw new IllegalArgumentException("institution code: 2-32 letters, digits, - or _");
        }
        if (blank(nameZh) || blank(nameEn) || blank(cityZh) || blank(cityEn)) {
            throw new IllegalArgumentException("institution names and city are required");
        }
        this.code = code;
        this.nameZh = org.gradphoto.portal.Text.limited(nameZh, 100, "name");
        this.nameEn = org.gradphoto.portal.Text.limited(nameEn, 100, "English name");
        this.cityZh = org.gradphoto.portal.Text.limited(cityZh, 50, "city");
        this.cityEn = org.gradphoto.portal.Text.limited(cityEn, 50, "English city");
        useProfile(profileId);
    }

    /** Only the built-in profiles: a profile id is never a path on the server. */
    public void useProfile(String profile) {
        if (!Profiles.BUILTIN.contains(profile)) {
            throw new IllegalArgumentException("unknown profile " + profile);
        }
        this.profileId = profile;
    }

    /**
     * The province's exemption regulation its candidates' applications are judged by, by its id: the graduation
     * module knows the regulations and says which ids exist ({@code ExemptionRules.BUILTIN}); here only its form.
     */
    public void useExemptionRules(String rules) {
        if (rules == null || !rules.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("not an exemption rules id: " + rules);
        }
        this.exemptionRules = rules;
    }

    public String getExemptionRules() {
        return exemptionRules;
    }

    /** A university's records and photos are filed under its numeric school code (院校代码, e.g. 10536). */
    public boolean isSchool() {
        return code.matches("\\d{5}");
    }

    /** This school is a branch college of {@code main} (its own school code, managed by the main school). */
    public void branchOf(Institution main) {
        if (main == null || main == this || main.getParent() != null || !isSchool() || !main.isSchool()) {
            throw new IllegalArgumentException("a branch belongs to a main school that is no branch itself");
        }
        this.parent = main;
    }

    public void useFeatureCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9]{6,16}")) {
            throw new org.gradphoto.portal.account.InvalidFieldException("featureCode", "school.error.feature_code");
        }
        this.featureCode = c;
    }

    public void useProofreadWindow(ProofreadWindow w) {
        this.proofreadDeadline = w.deadline();
        this.lockDate = w.lockDate();
    }

    public ProofreadWindow proofreadWindow() {
        return new ProofreadWindow(proofreadDeadline, lockDate);
    }

    public Institution getParent() {
        return parent;
    }

    public String getFeatureCode() {
        return featureCode;
    }

    public java.time.Instant getProofreadDeadline() {
        return proofreadDeadline;
    }

    public java.time.Instant getLockDate() {
        return lockDate;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCityZh() {
        return cityZh;
    }

    public String getCityEn() {
        return cityEn;
    }

    public String getProfileId() {
        return profileId;
    }

    /** The name in the reader's language. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String city(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? cityZh : cityEn;
    }
}
