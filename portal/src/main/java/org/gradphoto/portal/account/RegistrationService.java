package org.gradphoto.portal.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gradphoto.portal.RateLimits;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Registers a candidate: every field checked, the password hashed, one account per ID number. */
@Service
class RegistrationService {

    private final AccountRepository accounts;
    private final InstitutionRepository institutions;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final RateLimits limits;

    public RegistrationService(AccountRepository accounts, InstitutionRepository institutions, PasswordEncoder encoder,
            Clock clock, RateLimits limits) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.encoder = encoder;
        this.clock = clock;
        this.limits = limits;
    }

    /** Every problem of the form at once, or the new account. */
    @Transactional
    public Account register(RegistrationForm f) {
        List<InvalidFieldException> problems = new ArrayList<>();
        PersonalId id = attempt(problems, () -> new PersonalId(f.getIdType(), f.getIdNumber()));
        MobileNumber mobile = attempt(problems, () -> new MobileNumber(f.getMobile()));
        EmailAddress email = attempt(problems, () -> EmailAddress.optional(f.getEmail()));
        if (f.getName() == null || f.getName().isBlank() || f.getName().strip().length() > 50) {
            problems.add(new InvalidFieldException("name", "name.invalid"));
        }
        Institution inst = f.getInstitutionId() == null ? null : institutions.findById(f.getInstitutionId()).orElse(null);
        if (inst == null) {
            problems.add(new InvalidFieldException("institutionId", "institution.missing"));
        }
        for (String key : PasswordPolicy.problems(f.getPassword(), id == null ? f.getIdNumber() : id.number(),
                mobile == null ? f.getMobile() : mobile.value())) {
            problems.add(new InvalidFieldException("password", key));
        }
        if (!Objects.equals(f.getPassword(), f.getConfirmPassword())) {
            problems.add(new InvalidFieldException("confirmPassword", "password.mismatch"));
        }
        if (id != null && accounts.existsByUsername(id.number())) {
            problems.add(new InvalidFieldException("idNumber", "id.number.taken"));
        }
        if (problems.isEmpty() && !limits.take(RateLimits.Limit.REGISTER_MOBILE, mobile.value()).isZero()) {
            // one mobile number registers a few accounts a day at most (a family may share one), not a hundred
            problems.add(new InvalidFieldException("mobile", "mobile.too_many"));
        }
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        try {
            Account a = Account.candidate(f.getName(), id, mobile, inst, encoder.encode(f.getPassword()), clock.instant());
            a.changeEmail(email);
            return accounts.saveAndFlush(a);
        } catch (DataIntegrityViolationException e) {
            // two registrations with the same number at the same moment: the database keeps one
            throw new RegistrationException(List.of(new InvalidFieldException("idNumber", "id.number.taken")));
        }
    }

    private static <T> T attempt(List<InvalidFieldException> problems, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (InvalidFieldException e) {
            problems.add(e);
            return null;
        }
    }

    /** All the problems of one registration form. */
    public static class RegistrationException extends RuntimeException {

        private final List<InvalidFieldException> problems;

        public RegistrationException(List<InvalidFieldException> problems) {
            super("registration refused: " + problems.size() + " problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<InvalidFieldException> problems() {
            return problems;
        }
    }
}
