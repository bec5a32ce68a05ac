package org.gradphoto.portal.collection.school;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.jobs.Job;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A studio's zip sent in: refused at once when it cannot be imported, else queued as a job whose page the school
 * is taken to, which shows how far it got (photos, rate, time left) and, at the end, what was not collected and why.
 */
@Controller
class StudioController {

    private final StudioImport studio;

    StudioController(StudioImport studio) {
        this.studio = studio;
    }

    @PostMapping("/school/studio")
    public String importStudio(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes r) throws IOException {
        try {
            long job = studio.importZip(user.accountId(), file == null ? null : file.getBytes(), file == null ? null : file.getOriginalFilename());
            return "redirect:/school/studio/" + job;
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
            return "redirect:/school";
        }
    }

    @GetMapping("/school/studio/{job}")
    public String job(@AuthenticationPrincipal PortalUser user, @PathVariable("job") long id, Locale locale, Model model,
            HttpServletResponse response) {
        Job job = studio.job(user.accountId(), id);
        if (!job.getState().finished()) {
            // the page follows the job by itself, without script (the Refresh header every browser honours)
            response.setHeader("Refresh", "3");
        }
        model.addAttribute("job", job);
        model.addAttribute("report", studio.report(user.accountId(), id));
        model.addAttribute("rate", job.rate().map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse(null));
        model.addAttribute("timeLeft", job.timeLeft().map(d -> words(d, locale)).orElse(null));
        return "school/studio-job";
    }

    /** A time left as a person says it: 1 分 48 秒, 1 min 48 s; under a minute in seconds, over an hour in minutes. */
    static String words(Duration d, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        long s = Math.max(1, d.toSeconds());
        if (s < 60) {
            return zh ? s + " 秒" : s + " s";
        }
        long m = s / 60;
        if (m >= 60) {
            return zh ? (m / 60) + " 小时 " + (m % 60) + " 分" : (m / 60) + " h " + (m % 60) + " min";
        }
        return zh ? m + " 分 " + (s % 60) + " 秒" : m + " min " + (s % 60) + " s";
    }
}
