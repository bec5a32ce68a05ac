package org.gradphoto.portal.photo;

import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a photo's files (the file as uploaded, the picture with the guides drawn, the fixed version) to those
 * who may see them; to anyone else, 404 whatever the id.
 */
@Controller
class PhotoFileController {

    private final PhotoAccess access;
    private final PhotoStore store;
    private final ReferenceFaces references;

    public PhotoFileController(PhotoAccess access, PhotoStore store, ReferenceFaces references) {
        this.access = access;
        this.store = store;
        this.references = references;
    }

    @GetMapping("/photos/{id}/{kind}")
    public ResponseEntity<byte[]> file(@PathVariable("id") Long id, @PathVariable("kind") String kind,
            @AuthenticationPrincipal PortalUser user) {
        PhotoUpload u = access.visible(id, user).orElse(null);
        if (u == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        StoredFile f = switch (kind) {
            case "original" -> u.getOriginal();
            case "annotated" -> u.getAnnotated();
            case "fixed" -> u.getFix();
            case "fixed-annotated" -> u.getFixAnnotated();
            // the candidate's reference photo (admission photo), to compare by eye
            case "reference" -> u.getCandidate().getIdNumber() == null ? null
                    : references.fileOf(u.getCandidate().getIdNumber()).orElse(null);
            default -> null;
        };
        if (f == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        byte[] bytes = store.get(f);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.getContentType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(bytes);
    }
}
