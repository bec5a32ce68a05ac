package org.gradphoto.portal.web;

import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.InvalidFieldException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's action as the pages do it: run the change, then back to a page with a notice, or with the reason the
 * change was refused (a state that does not allow it, or a field that is wrong) in the reader's language.
 */
public final class FlashActions {

    private FlashActions() {
    }

    public static String act(RedirectAttributes r, String to, Runnable change, String notice) {
        try {
            change.run();
            r.addFlashAttribute("notice", notice);
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
        } catch (InvalidFieldException e) {
            r.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:" + to;
    }
}
