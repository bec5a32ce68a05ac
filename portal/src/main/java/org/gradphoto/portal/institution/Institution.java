package org.gradphoto.portal.institution;

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
        this.nameZh = nameZh.trim();
        this.nameEn = nameEn.trim();
        this.cityZh = cityZh.trim();
        this.cityEn = cityEn.trim();
        useProfile(profileId);
    }

    /** Only the built-in profiles: a profile id is never a path on the server. */
    public void useProfile(String profile) {
        if (!Profiles.BUILTIN.contains(profile)) {
            throw new IllegalArgumentException("unknown profile " + profile);
        }
        this.profileId = profile;
    }

    /** The province's exemption regulation its candidates' applications are judged by. */
    public void useExemptionRules(String rules) {
        if (!org.gradphoto.portal.exemption.ExemptionRules.BUILTIN.contains(rules)) {
            throw new IllegalArgumentException("unknown exemption rules " + rules);
        }
        this.exemptionRules = rules;
    }

    public String getExemptionRules() {
        return exemptionRules;
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
