package org.gradphoto.portal.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.InvalidFieldException;
import org.gradphoto.portal.account.PasswordPolicy;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.photo.Deadline;
import org.gradphoto.portal.photo.DeadlineRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an admin changes; each method checks its input and refuses with a message key. */
@Service
public class AdminService {

    /** Deadlines are typed and shown in China's time. */
    public static final ZoneId ZONE = org.gradphoto.portal.PortalTime.ZONE;

    private final InstitutionRepository institutions;
    private final AccountRepository accounts;
    private final DeadlineRepository deadlines;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final org.gradphoto.portal.graduation.round.ExamRoundRepository rounds;
    private final org.gradphoto.portal.account.LoginThrottle throttle;

    public AdminService(InstitutionRepository institutions, AccountRepository accounts, DeadlineRepository deadlines,
            PasswordEncoder encoder, Clock clock, org.gradphoto.portal.graduation.round.ExamRoundRepository rounds,
            org.gradphoto.portal.account.LoginThrottle throttle) {
        this.throttle = throttle;
        this.institutions = institutions;
        this.accounts = accounts;
        this.deadlines = deadlines;
        this.encoder = encoder;
        this.clock = clock;
        this.rounds = rounds;
    }

    @Transactional
    public Institution addInstitution(String code, String nameZh, String nameEn, String cityZh, String cityEn, String profile) {
        if (code != null && institutions.findByCode(code.strip()).isPresent()) {
            throw new InvalidFieldException("code", "admin.error.code_taken");
        }
        try {
            return institutions.save(new Institution(code == null ? null : code.strip(), nameZh, nameEn, cityZh, cityEn, profile));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("institution", "admin.error.institution");
        }
    }

    @Transactional
    public void useProfile(Long institutionId, String profile) {
        Institution i = institutions.findById(institutionId).orElseThrow(() -> new InvalidFieldException("institution", "admin.error.institution"));
        try {
            i.useProfile(profile);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("profile", "admin.error.profile");
        }
    }

    @Transactional
    public Account addReviewer(String username, String name, String password, Long institutionId, String cityZh) {
        if (username != null && accounts.existsByUsername(username.strip())) {
            throw new InvalidFieldException("username", "admin.error.username_taken");
        }
        List<String> problems = PasswordPolicy.problems(password, null, null);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException("password", problems.get(0));
        }
        Institution inst = institutionId == null ? null : institutions.findById(institutionId).orElse(null);
        String city = inst == null && cityZh != null && !cityZh.isBlank() ? cityZh.strip() : null;
        if (city != null && institutions.findByCityZhOrderByCode(city).isEmpty()) {
            throw new InvalidFieldException("city", "admin.error.city");
        }
        return accounts.save(Account.reviewer(username == null ? null : username.strip(), name, encoder.encode(password),
                inst, city, clock.instant()));
    }

    /** Sets (or, with null, clears) the photo upload deadline, given in China's local time. */
    @Transactional
    public void setPhotoDeadline(LocalDateTime localTime) {
        Instant at = localTime == null ? null : localTime.atZone(ZONE).toInstant();
        deadlines.findById(Deadline.PHOTO_UPLOAD).ifPresentOrElse(d -> d.moveTo(at),
                () -> deadlines.save(new Deadline(Deadline.PHOTO_UPLOAD, at)));
    }

    /** A graduation round; its photo deadline also becomes the photo upload deadline. */
    @Transactional
    public org.gradphoto.portal.graduation.round.ExamRound addRound(int year, org.gradphoto.portal.graduation.round.ExamRound.Half half,
            LocalDateTime photoDeadline, LocalDateTime applicationDeadline) {
        if (photoDeadline == null || applicationDeadline == null) {
            throw new InvalidFieldException("round", "admin.error.round");
        }
        org.gradphoto.portal.graduation.round.ExamRound r;
        try {
            r = new org.gradphoto.portal.graduation.round.ExamRound(year, half, photoDeadline.atZone(ZONE).toInstant(),
                    applicationDeadline.atZone(ZONE).toInstant());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("round", "admin.error.round");
        }
        if (rounds.findByCode(r.getCode()).isPresent()) {
            throw new InvalidFieldException("round", "admin.error.round_exists");
        }
        setPhotoDeadline(photoDeadline);
        return rounds.save(r);
    }

    @Transactional
    public void useExemptionRules(Long institutionId, String rules) {
        Institution i = institutions.findById(institutionId).orElseThrow(() -> new InvalidFieldException("institution", "admin.error.institution"));
        try {
            if (!ExemptionRules.BUILTIN.contains(rules)) {
                throw new IllegalArgumentException("unknown exemption rules " + rules);
            }
            i.useExemptionRules(rules);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("rules", "admin.error.rules");
        }
    }

    @Transactional
    public Account addProvincialReviewer(String username, String name, String password) {
        if (username != null && accounts.existsByUsername(username.strip())) {
            throw new InvalidFieldException("username", "admin.error.username_taken");
        }
        List<String> problems = PasswordPolicy.problems(password, null, null);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException("password", problems.get(0));
        }
        return accounts.save(Account.staff(username == null ? null : username.strip(), name, Role.PROVINCE,
                encoder.encode(password), clock.instant()));
    }

    /** A school's photo office account (a main school with a five-digit school code). */
    @Transactional
    public Account addSchoolAdmin(String username, String name, String password, Long institutionId) {
        if (username != null && accounts.existsByUsername(username.strip())) {
            throw new InvalidFieldException("username", "admin.error.username_taken");
        }
        List<String> problems = PasswordPolicy.problems(password, null, null);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException("password", problems.get(0));
        }
        Institution school = institutionId == null ? null : institutions.findById(institutionId).orElse(null);
        return accounts.save(Account.schoolAdmin(username == null ? null : username.strip(), name, encoder.encode(password), school,
                clock.instant()));
    }

    /** Files a branch college (独立学院) under its main school, whose photo office then manages it. */
    @Transactional
    public void branchOf(Long branchId, Long mainId) {
        Institution branch = institutions.findById(branchId).orElseThrow(() -> new InvalidFieldException("institution", "admin.error.institution"));
        Institution main = institutions.findById(mainId).orElseThrow(() -> new InvalidFieldException("institution", "admin.error.institution"));
        try {
            branch.branchOf(main);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("institution", "admin.error.branch");
        }
    }

    /** The admin lets a login name try again at once, from anywhere (the owner called the office). */
    public void clearLoginWait(String name) {
        throttle.clear(name);
    }

    /** As {@link #clearLoginWait}, by the handle the admin's list shows instead of the name. */
    public void clearLoginWaitByHandle(String handle) {
        if (!throttle.clearByHandle(handle == null ? "" : handle)) {
            throw new org.gradphoto.portal.RefusedException("admin.error.login_not_slowed");
        }
    }

    /** Login names that must wait now before their next try. */
    public List<org.gradphoto.portal.account.LoginThrottle.Slowed> slowedLogins() {
        return throttle.slowed();
    }
}
