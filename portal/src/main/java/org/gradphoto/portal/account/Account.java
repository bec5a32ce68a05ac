package org.gradphoto.portal.account;

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
import java.time.Instant;
import java.util.Objects;

/**
 * A person who logs in. A candidate logs in with their ID number; their name, ID type and number are fixed at
 * registration (there are no setters for them). Staff (reviewers, admins, API clients) have a user name. A
 * reviewer works for one institution, or for every institution of one city.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    private IdType idType;

    @Column(name = "id_number")
    private String idNumber;

    private String mobile;

    /** Optional; where given, decisions and 忘记密码 codes are also sent there. */
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "city_zh")
    private String cityZh;

    /** Set by the admin's reset: the person sets a password of their own before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    private Account(String username, String passwordHash, Role role, String name, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            throw new InvalidFieldException("name", "name.invalid");
        }
        this.name = name.strip();
        this.createdAt = now;
    }

    /** A candidate: logs in with the normalised ID number. */
    public static Account candidate(String name, PersonalId id, MobileNumber mobile, Institution institution,
            String passwordHash, Instant now) {
        if (institution == null) {
            throw new InvalidFieldException("institution", "institution.missing");
        }
        Account a = new Account(id.number(), passwordHash, Role.CANDIDATE, name, now);
        a.idType = id.type();
        a.idNumber = id.number();
        a.mobile = mobile.value();
        a.institution = institution;
        return a;
    }

    /** A reviewer of one institution, or (institution null) of every institution of a city. */
    public static Account reviewer(String username, String name, String passwordHash, Institution institution,
            String cityZh, Instant now) {
        if ((institution == null) == (cityZh == null || cityZh.isBlank())) {
            throw new InvalidFieldException("institution", "reviewer.scope");
        }
        Account a = new Account(staffName(username), passwordHash, Role.REVIEWER, name, now);
        a.institution = institution;
        a.cityZh = institution == null ? cityZh.strip() : null;
        return a;
    }

    /** An admin, an API client, or a reviewer of the provincial authority. */
    /** The photo office of a school (a main school: it manages its branch colleges too). */
    public static Account schoolAdmin(String username, String name, String passwordHash, Institution school, Instant now) {
        if (school == null || !school.isSchool() || school.getParent() != null) {
            throw new InvalidFieldException("institution", "school.error.not_school");
        }
        Account a = new Account(staffName(username), passwordHash, Role.SCHOOL, name, now);
        a.institution = school;
        return a;
    }

    public static Account staff(String username, String name, Role role, String passwordHash, Instant now) {
        if (role != Role.ADMIN && role != Role.API && role != Role.PROVINCE) {
            throw new IllegalArgumentException("staff accounts are admins, API clients or provincial reviewers");
        }
        return new Account(staffName(username), passwordHash, role, name, now);
    }

    /** Staff user names are lower-case words, so they can never look like an ID number. */
    private static String staffName(String username) {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{2,31}")) {
            throw new InvalidFieldException("username", "username.format");
        }
        return username;
    }

    /**
     * An account locked by the earlier lock-out (kept readable for accounts locked before it was replaced by the
     * login throttle); nothing locks an account any more.
     */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The person's own new password: also ends a temporary one the admin set. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
    }

    /** The admin's reset: a temporary password, to be replaced at the next login; the login is unlocked too. */
    public void resetPasswordTo(String temporaryHash) {
        if (role == Role.API) {
            throw new org.gradphoto.portal.RefusedException("admin.reset.error.api");
        }
        this.passwordHash = Objects.requireNonNull(temporaryHash);
        this.mustChangePassword = true;
        unlock();
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** 修改手机号, once the new number is proven by a code sent to it. */
    public void changeMobile(MobileNumber number) {
        this.mobile = Objects.requireNonNull(number).value();
    }

    /** Whether this reviewer may see and decide the photo of that candidate. */
    public boolean mayReview(Account candidate) {
        // getters, not fields: the other account may be a lazy proxy whose fields are empty
        Institution theirs = candidate.getInstitution();
        if (getRole() != Role.REVIEWER || candidate.getRole() != Role.CANDIDATE || theirs == null) {
            return false;
        }
        if (getInstitution() != null) {
            return Objects.equals(getInstitution().getId(), theirs.getId());
        }
        return getCityZh().equals(theirs.getCityZh());
    }

    public PersonalId personalId() {
        return idType == null ? null : new PersonalId(idType, idNumber);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    /** The ID number as lists show it. */
    public String getMaskedIdNumber() {
        return org.gradphoto.engine.identity.IdNumber.mask(idNumber);
    }

    public String getEmail() {
        return email;
    }

    /** Gives or takes away the e-mail address (null: none). */
    public void changeEmail(EmailAddress address) {
        this.email = address == null ? null : address.value();
    }

    public String getMobile() {
        return mobile;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getCityZh() {
        return cityZh;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
