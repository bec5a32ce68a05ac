package org.gradphoto.portal.info;

import java.util.List;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.CategoryHint;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 照片采集要求 and 常见问题: the standard as a person reads it, with example photos, and the usual errors with their fixes. */
@Controller
class InfoController {

    /** The profile whose published error explanations (seed 002 附件4) the questions quote. */
    static final String ERRORS_PROFILE = "zikao-anhui";

    @GetMapping("/requirements")
    public String requirements(@RequestParam(name = "profile", required = false) String profileId, Model model) {
        Profile profile = profileId != null && Profiles.BUILTIN.contains(profileId) ? Profiles.get(profileId) : Profiles.get(Profiles.DEFAULT);
        model.addAttribute("profile", profile);
        model.addAttribute("frame", profile.frame());
        model.addAttribute("profiles", Profiles.BUILTIN.stream().map(Profiles::get).toList());
        model.addAttribute("examples", Example.ALL);
        return "info/requirements";
    }

    @GetMapping("/faq")
    public String faq(Model model) {
        Profile p = Profiles.get(ERRORS_PROFILE);
        model.addAttribute("errors", java.util.Arrays.stream(Category.values())
                .flatMap(c -> p.hint(c).map(h -> new KnownError(c, h)).stream()).toList());
        return "info/faq";
    }

    /** One of the error kinds the exam office publishes, with its cause and fix. */
    record KnownError(Category category, CategoryHint hint) {
    }

    /** An example photo of the requirements page and what it shows. */
    record Example(String file, boolean good, String captionKey) {
        static final List<Example> ALL = List.of(
                new Example("good-white.jpg", true, "requirements.example.good_white"),
                new Example("good-blue.jpg", true, "requirements.example.good_blue"),
                new Example("bad-background.jpg", false, "requirements.example.bad_background"),
                new Example("bad-small.jpg", false, "requirements.example.bad_small"),
                new Example("bad-tilted.jpg", false, "requirements.example.bad_tilted"));
    }
}
