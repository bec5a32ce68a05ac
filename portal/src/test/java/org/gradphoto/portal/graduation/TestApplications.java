package org.gradphoto.portal.graduation;

/** Ready-made applications for tests outside this package. */
public final class TestApplications {

    private TestApplications() {
    }

    /** A draft for the 本科 accounting plan of {@link Fixtures}, by 张三 of 芜湖, spring 2026. */
    public static GraduationApplication accountingDraft() {
        var ticket = Fixtures.ticket();
        return new GraduationApplication(Fixtures.candidate(Fixtures.wuhu()), Fixtures.spring(2026), Fixtures.accounting(),
                ticket, Fixtures.results(ticket), Fixtures.NOW);
    }
}
