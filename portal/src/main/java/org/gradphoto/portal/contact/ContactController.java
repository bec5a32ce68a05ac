package org.gradphoto.portal.contact;

import java.io.IOException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.InvalidFieldException;
import org.gradphoto.portal.web.FlashActions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 联系方式 for everyone; its management (add, change, remove, import, download as Excel) for the admin. */
@Controller
class ContactController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ContactDirectory directory;

    ContactController(ContactDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/contacts")
    String contacts(Model model) {
        model.addAttribute("lines", directory.all());
        model.addAttribute("kinds", ContactKind.values());
        return "contacts/list";
    }

    @GetMapping("/contacts/manage")
    String manage(Model model) {
        model.addAttribute("lines", directory.all());
        model.addAttribute("kinds", ContactKind.values());
        return "contacts/manage";
    }

    @PostMapping("/contacts/manage")
    String add(@RequestParam(name = "kind", required = false) ContactKind kind, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "phones", required = false) String phones,
            @RequestParam(name = "address", required = false) String address,
            @RequestParam(name = "hours", required = false) String hours, Model model, RedirectAttributes redirect) {
        try {
            directory.add(new ContactEntry(kind, name, phones, address, hours));
            redirect.addFlashAttribute("notice", "contacts.added");
            return "redirect:/contacts/manage";
        } catch (InvalidFieldException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("typed", new Typed(kind, name, phones, address, hours));
            return manage(model);
        }
    }

    /** What the admin typed, shown again after a refusal. */
    record Typed(ContactKind kind, String name, String phones, String address, String hours) {
    }

    @PostMapping("/contacts/manage/{id}")
    String change(@PathVariable("id") Long id, @RequestParam(name = "kind", required = false) ContactKind kind,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "phones", required = false) String phones,
            @RequestParam(name = "address", required = false) String address,
            @RequestParam(name = "hours", required = false) String hours, RedirectAttributes redirect) {
        return FlashActions.act(redirect, "/contacts/manage",
                () -> directory.change(id, new ContactEntry(kind, name, phones, address, hours)), "contacts.changed");
    }

    @PostMapping("/contacts/manage/{id}/delete")
    String remove(@PathVariable("id") Long id, RedirectAttributes redirect) {
        return FlashActions.act(redirect, "/contacts/manage", () -> directory.remove(id), "contacts.removed");
    }

    @PostMapping("/contacts/manage/import")
    String importTable(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new RefusedException("import.error.empty");
            }
            ContactDirectory.ImportResult r = directory.replaceWith(file.getBytes(), file.getOriginalFilename());
            if (r.ok()) {
                redirect.addFlashAttribute("notice", "contacts.imported");
                redirect.addFlashAttribute("imported", r.imported());
                return "redirect:/contacts/manage";
            }
            model.addAttribute("result", r);
        } catch (RefusedException e) {
            model.addAttribute("error", e.messageKey());
        }
        return manage(model);
    }

    @GetMapping("/contacts/manage/contacts.xlsx")
    ResponseEntity<byte[]> workbook() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contacts.xlsx\"")
                .body(directory.asWorkbook());
    }
}
