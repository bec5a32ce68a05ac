package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.collection.school.SchoolData;
import org.gradphoto.portal.collection.school.SchoolService;
import org.gradphoto.portal.photo.PhotoService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff tables on a 390 x 844 phone: every page of the reviewer, the school and the admin keeps its text readable
 * (no cell narrower than four characters or its own text, whichever is less) and only a table scrolls sideways,
 * never the page. Measured in Chromium on real pages with rows.
 */
class StaffTablesOnAPhoneTest extends PortalInBrowser {

    @Autowired
    TestData data;
    @Autowired
    SchoolData schoolData;
    @Autowired
    SchoolService schools;
    @Autowired
    PhotoService photos;

    /** Cells narrower than min(4, their text's length) characters, as "page: text (width px)". */
    @SuppressWarnings("unchecked")
    List<String> squeezed(String page) {
        List<Map<String, Object>> cells = (List<Map<String, Object>>) browser.executeScript("""
                const out = [];
                document.querySelectorAll('main td, main th').forEach(c => {
                  const t = c.innerText.trim();
                  if (!t || c.getClientRects().length === 0 || c.querySelector('input,select,textarea,img')) return;
                  const em = parseFloat(getComputedStyle(c).fontSize);
                  const need = Math.min(4, [...t.split(/\\s/)[0]].length) * em * 0.9;
                  if (c.clientWidth < need) out.push({text: t.slice(0, 20), width: c.clientWidth});
                });
                return out;""");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> c : cells) {
            out.add(page + ": " + c.get("text") + " (" + c.get("width") + " px)");
        }
        return out;
    }

    void pageFits(String page) {
        Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) browser.executeScript("return window.innerWidth");
        assertThat(scroll.intValue()).as(page + " scrolls sideways").isLessThanOrEqualTo(width.intValue());
    }

    @Test
    void staffTablesStayReadableOnAPhone() {
        Institution inst = data.institution("城" + System.nanoTime());
        Account reviewer = data.reviewer(inst);
        for (int i = 0; i < 3; i++) {
            Account c = data.candidate(inst);
            photos.upload(c.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
            photos.submit(c.getId());
        }
        SchoolData.School school = schoolData.school();
        schools.importRecords(school.office().getId(), SchoolData.recordsCsv(
                school.main().getCode() + ",欧阳小明,男,," + SchoolData.id() + ",0001,土木工程（道路与桥梁方向）,土木1101,本科,2026",
                school.main().getCode() + ",李小红,女,," + SchoolData.id() + ",0002,土木工程,土木1101,本科,2026"), "records.csv");
        Account admin = data.staff(Role.ADMIN);

        browser = Browser.start(dir.resolve("phone"), 390, 844);
        List<String> problems = new ArrayList<>();
        logIn(reviewer.getUsername());
        for (String p : List.of("/review", "/office/applications", "/notices/manage")) {
            open(p);
            pageFits(p);
            problems.addAll(squeezed(p));
        }
        Browser.screenshot(browser, SHOTS.resolve("review-queue-phone.png"));
        logOut();
        logIn(school.office().getUsername());
        for (String p : List.of("/school", "/school/records", "/school/codes", "/school/linking", "/school/audit")) {
            open(p);
            pageFits(p);
            problems.addAll(squeezed(p));
        }
        Browser.screenshot(browser, SHOTS.resolve("school-audit-phone.png"));
        logOut();
        logIn(admin.getUsername());
        for (String p : List.of("/admin", "/admin/graduation", "/contacts/manage")) {
            open(p);
            pageFits(p);
            problems.addAll(squeezed(p));
        }
        assertThat(problems).isEmpty();
    }
}
