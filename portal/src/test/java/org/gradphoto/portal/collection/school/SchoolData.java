package org.gradphoto.portal.collection.school;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.MobileNumber;
import org.gradphoto.portal.account.PersonalId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Schools for collection tests: a main school with a branch college, its photo office, students, files. */
@Component
public class SchoolData {

    private static final AtomicInteger N = new AtomicInteger();

    private final InstitutionRepository institutions;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public SchoolData(InstitutionRepository institutions, AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.institutions = institutions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A main school, its branch college, and the main school's photo office account. */
    public record School(Institution main, Institution branch, Account office, String featureCode) {
    }

    /** Five-digit school codes of this run's own (tests share one database). */
    static String code() {
        return String.valueOf(10_000 + (N.incrementAndGet() + (int) (ProcessHandle.current().pid() % 400) * 200) % 90_000);
    }

    @Transactional
    public School school() {
        Institution main = new Institution(code(), "长沙理工大学", "Changsha University of Science and Technology", "长沙", "Changsha",
                "chsi-2017");
        main.useFeatureCode("F62D3D86");
        main = institutions.save(main);
        Institution branch = new Institution(code(), "长沙理工大学城南学院", "Chengnan College", "长沙", "Changsha", "chsi-2017");
        branch.branchOf(main);
        branch.useFeatureCode("F62D3D86");
        branch = institutions.save(branch);
        Account office = accounts.save(Account.schoolAdmin("school" + N.incrementAndGet() + "x" + ProcessHandle.current().pid() % 1000,
                "学籍管理科", encoder.encode(TestData.PASSWORD), main, clock.instant()));
        return new School(main, branch, office, "F62D3D86");
    }

    /** A student's account, registered with this name and ID number. */
    @Transactional
    public Account student(Institution school, String name, String idNumber) {
        return accounts.save(Account.candidate(name, new PersonalId(IdType.RESIDENT_ID_CARD, idNumber), new MobileNumber("13900139000"),
                school, encoder.encode(TestData.PASSWORD), clock.instant()));
    }

    /** A fresh valid ID number. */
    public static String id() {
        return TestData.newIdNumber();
    }

    /** Another valid number differing from {@code id} in the sequence digits only (a typo a studio makes). */
    public static String typoOf(String id) {
        String seq = id.substring(14, 17);
        String other = String.format("%03d", (Integer.parseInt(seq) + 500) % 1000);
        return IdNumber.complete(id.substring(0, 14) + other).value();
    }

    /** The records CSV of the given lines (without header), UTF-8. */
    public static byte[] recordsCsv(String... lines) {
        return ("院校代码,姓名,性别,证件类型,证件号码,学号,专业,班级,层次,毕业年份\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of files (name to bytes), in the given order. */
    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
