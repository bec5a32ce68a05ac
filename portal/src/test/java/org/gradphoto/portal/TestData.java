package org.gradphoto.portal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.ApiKeys;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.MobileNumber;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.account.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the people and institutions a test needs, each with its own fresh ID number and names, so tests sharing
 * one database never meet each other's data.
 */
@Component
public class TestData {

    public static final String PASSWORD = "Secret2026";
    public static final String API_KEY = "test-api-key-0123456789abcdef";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final AccountRepository accounts;
    private final InstitutionRepository institutions;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public TestData(AccountRepository accounts, InstitutionRepository institutions, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A fresh valid resident ID number (born 1990-2009, Beijing Xicheng). */
    public static String newIdNumber() {
        int n = SERIAL.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 1000;
        return IdNumber.complete(String.format("110102%04d%02d%02d%03d", 1990 + n % 20, 1 + n / 20 % 12,
                1 + n / 240 % 28, n % 1000)).value();
    }

    private static int next() {
        return SERIAL.incrementAndGet();
    }

    @Transactional
    public Institution institution(String cityZh) {
        int n = next();
        return institutions.save(new Institution("T" + n + "-" + ProcessHandle.current().pid() % 100000,
                "测试单位" + n, "Test institution " + n, cityZh, "City " + cityZh, "chsi-2017"));
    }

    @Transactional
    public Account candidate(Institution inst) {
        return accounts.save(Account.candidate("考生" + next(), new PersonalId(IdType.RESIDENT_ID_CARD, newIdNumber()),
                new MobileNumber("13900139000"), inst, encoder.encode(PASSWORD), clock.instant()));
    }

    @Transactional
    public Account reviewer(Institution inst) {
        return accounts.save(Account.reviewer("rev" + next() + "x" + ProcessHandle.current().pid() % 1000, "审核员",
                encoder.encode(PASSWORD), inst, null, clock.instant()));
    }

    @Transactional
    public Account cityReviewer(String cityZh) {
        return accounts.save(Account.reviewer("city" + next() + "x" + ProcessHandle.current().pid() % 1000, "市审核员",
                encoder.encode(PASSWORD), null, cityZh, clock.instant()));
    }

    @Transactional
    public Account staff(Role role) {
        return accounts.save(Account.staff((role == Role.ADMIN ? "adm" : "api") + next() + "x" + ProcessHandle.current().pid() % 1000,
                "staff", role, role == Role.API ? ApiKeys.hash(API_KEY) : encoder.encode(PASSWORD), clock.instant()));
    }

    /** The logged-in form of an account, for MockMvc's user(...). */
    public static PortalUser user(Account a) {
        return new PortalUser(a.getId(), a.getUsername(), a.getPasswordHash(), a.getRole(), a.getName(), false, a.mustChangePassword());
    }
}
