package org.gradphoto.portal.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registration page: every problem shown beside its field, the form kept (except the passwords). */
@Controller
class RegistrationController {

    private final RegistrationService registration;
    private final InstitutionRepository institutions;

    public RegistrationController(RegistrationService registration, InstitutionRepository institutions) {
        this.registration = registration;
        this.institutions = institutions;
    }

    @GetMapping("/register")
    public String form(@AuthenticationPrincipal PortalUser user, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        model.addAttribute("form", new RegistrationForm());
        return page(model);
    }

    @PostMapping("/register")
    public String register(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // a value that does not even bind (an unknown ID type, an institution that is no number): the field says
            // so in the reader's language (typeMismatch.* in the message bundles), never the converter's English
            form.setPassword(null);
            form.setConfirmPassword(null);
            return page(model);
        }
        try {
            Account a = registration.register(form);
            redirect.addFlashAttribute("registered", a.getUsername());
            return "redirect:/login?registered";
        } catch (RegistrationService.RegistrationException e) {
            for (InvalidFieldException p : e.problems()) {
                binding.rejectValue(p.field(), p.messageKey());
            }
            form.setPassword(null);
            form.setConfirmPassword(null);
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("institutions", institutions.findAllByOrderByCityZhAscCodeAsc());
        return "register";
    }
}
