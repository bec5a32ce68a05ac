package org.gradphoto.portal.account;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改手机号: the current number (masked), a code to the new one, the code typed back. */
@Controller
class MobileController {

    private final MobileChange change;
    private final AccountRepository accounts;

    MobileController(MobileChange change, AccountRepository accounts) {
        this.change = change;
        this.accounts = accounts;
    }

    @GetMapping("/account/mobile")
    String page(@AuthenticationPrincipal PortalUser user, Model model) {
        Account a = accounts.require(user.accountId());
        model.addAttribute("current", a.getMobile() == null ? null : new MobileNumber(a.getMobile()).masked());
        model.addAttribute("pending", change.pendingNumber(user.accountId()));
        return "account/mobile";
    }

    @PostMapping("/account/mobile/code")
    String code(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "current", required = false) String current,
            @RequestParam(name = "mobile", required = false) String mobile, Model model, RedirectAttributes redirect) {
        List<String> problems = change.requestCode(user.accountId(), current, mobile);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("typedMobile", mobile);
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "mobile.code_sent");
        return "redirect:/account/mobile";
    }

    @PostMapping("/account/mobile")
    String confirm(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "code", required = false) String code,
            Model model, RedirectAttributes redirect) {
        List<String> problems = change.confirm(user.accountId(), code);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "mobile.changed");
        return "redirect:/account/mobile";
    }
}
