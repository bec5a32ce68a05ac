package org.gradphoto.portal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Base64;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.report.InspectionJson;
import org.gradphoto.portal.photo.PhotoChecker;
import org.gradphoto.portal.web.WebErrors.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The engine over JSON for other systems (a school's student system, a photo studio's upload tool): the same
 * check and fix as the pages and the command line, the same report (schema gradphoto.inspection/1).
 */
@RestController
@Tag(name = "photos", description = "检查与修正照片 / check and fix photos")
@SecurityRequirement(name = "basic")
class PhotoApiController {

    private final PhotoChecker checker;

    public PhotoApiController(PhotoChecker checker) {
        this.checker = checker;
    }

    @PostMapping(path = "/api/v1/photos/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a photo against a profile, rule by rule",
            description = "Returns the inspection report (schema gradphoto.inspection/1, see docs/check-json.md). "
                    + "An unreadable file is a report with verdict UNREADABLE, not an error.")
    @ApiResponse(responseCode = "200", description = "the report")
    @ApiResponse(responseCode = "400", description = "no file, or an unknown profile",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "file over 10 MB", content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<?> check(
            @Parameter(description = "the photo (JPEG; anything else is checked and reported)") @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "profile id", schema = @Schema(allowableValues = {"chsi-2017", "zikao-xinjiang",
                "zikao-anhui", "adult-online-2024"})) @RequestParam(name = "profile", defaultValue = Profiles.DEFAULT) String profile)
            throws IOException {
        ResponseEntity<?> bad = validate(file, profile);
        if (bad != null) {
            return bad;
        }
        Inspection in = checker.check(file.getBytes(), name(file), Profiles.get(profile));
        return ResponseEntity.ok(InspectionJson.toJson(in));
    }

    @PostMapping(path = "/api/v1/photos/fix", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fix a photo into a passing 480 x 640 file",
            description = "Returns {fixed, refusal, background, before, after, jpegBase64}: the reports before and after "
                    + "(schema gradphoto.inspection/1) and the fixed JPEG; or, when only a new photo can help, "
                    + "fixed=false and the refusal saying what photo to take.")
    @ApiResponse(responseCode = "200", description = "fixed, or refused with the reason")
    @ApiResponse(responseCode = "400", description = "no file, an unknown profile, or a background the profile does not allow",
            content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<?> fix(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "profile", defaultValue = Profiles.DEFAULT) String profile,
            @Parameter(description = "white, blue, keep or auto") @RequestParam(name = "background", defaultValue = FixOptions.AUTO) String background)
            throws IOException {
        ResponseEntity<?> bad = validate(file, profile);
        if (bad != null) {
            return bad;
        }
        Profile p = Profiles.get(profile);
        FixOptions options = new FixOptions(background, null);
        try {
            options.requireAllowedBy(p);
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(HttpStatus.BAD_REQUEST, "规范 " + profile + " 不允许背景 " + background,
                    "profile " + profile + " does not allow background " + background);
        }
        FixResult r = checker.fix(file.getBytes(), name(file), p, options);
        ObjectNode o = InspectionJson.mapper().createObjectNode();
        o.put("fixed", r.fixed());
        if (r.refusal() != null) {
            ObjectNode ref = o.putObject("refusal");
            ref.put("code", r.refusal().name());
            ref.put("messageZh", r.refusal().zh());
            ref.put("messageEn", r.refusal().en());
            ref.put("retakeZh", r.refusal().retakeZh());
            ref.put("retakeEn", r.refusal().retakeEn());
        } else {
            o.putNull("refusal");
        }
        o.put("background", r.background());
        var notes = o.putArray("notes");
        r.notes().forEach(n -> notes.addObject().put("messageZh", n.zh()).put("messageEn", n.en()));
        o.set("before", InspectionJson.toJson(r.before()));
        if (r.fixed()) {
            o.set("after", InspectionJson.toJson(r.after()));
            o.put("jpegBase64", Base64.getEncoder().encodeToString(r.bytes()));
        } else {
            o.putNull("after");
            o.putNull("jpegBase64");
        }
        return ResponseEntity.ok(o);
    }

    private static ResponseEntity<?> validate(MultipartFile file, String profile) {
        if (file == null || file.isEmpty()) {
            return ApiProblem.of(HttpStatus.BAD_REQUEST, "没有上传文件（表单字段 file）。", "No file uploaded (form field 'file').");
        }
        if (!Profiles.BUILTIN.contains(profile)) {
            // never a path: a profile id names one of the built-in profiles
            return ApiProblem.of(HttpStatus.BAD_REQUEST, "未知的规范：" + profile + "（可选：" + String.join("、", Profiles.BUILTIN) + "）",
                    "Unknown profile: " + profile + " (one of " + String.join(", ", Profiles.BUILTIN) + ")");
        }
        return null;
    }

    private static String name(MultipartFile file) {
        String n = file.getOriginalFilename();
        return n == null || n.isBlank() ? "photo" : n;
    }
}
