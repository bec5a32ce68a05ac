package org.gradphoto.portal.photo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradphoto.engine.report.InspectionJson;

/**
 * One line of the rule table a page shows, read back from the engine's stored JSON report: the staff's words (id,
 * measurement, limit, message) and the candidate's (name, plain words, what to do; empty in reports stored before
 * the engine wrote them).
 */
public record RuleRow(String id, String status, String severity, String category, String categoryZh,
        String measured, String limit, String messageZh, String messageEn, String fixZh, String fixEn,
        String nameZh, String nameEn, String plainZh, String plainEn, String todoZh, String todoEn) {

    /** The comparison with a reference photo, present only where one was made. */
    public static final String SAME_PERSON = "FACE_SAME_PERSON";

    /** The size rule: while it fails, the position rules wait and no guides are drawn. */
    public static final String DIMENSIONS = "FILE_DIMENSIONS";

    public boolean failed() {
        return "FAILED".equals(status);
    }

    public boolean notMeasured() {
        return "NOT_MEASURED".equals(status);
    }

    public boolean error() {
        return "ERROR".equals(severity);
    }

    public String message(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? messageZh : messageEn;
    }

    public String fix(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? fixZh : fixEn;
    }

    /** The rows of a stored report, failed hard rules first, then warnings, then the rest, each in catalogue order. */
    public static List<RuleRow> of(String inspectionJson) {
        if (inspectionJson == null) {
            return List.of();
        }
        JsonNode root;
        try {
            root = InspectionJson.mapper().readTree(inspectionJson);
        } catch (java.io.IOException e) {
            return List.of();
        }
        List<RuleRow> rows = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            rows.add(new RuleRow(r.path("id").asText(), r.path("status").asText(), r.path("severity").asText(),
                    r.path("category").asText(), r.path("categoryZh").asText(), r.path("measuredText").asText(""),
                    r.path("limit").asText(""), r.path("messageZh").asText(""), r.path("messageEn").asText(""),
                    r.path("fixZh").asText(""), r.path("fixEn").asText(""), r.path("nameZh").asText(""),
                    r.path("nameEn").asText(""), r.path("plainZh").asText(""), r.path("plainEn").asText(""),
                    r.path("todoZh").asText(""), r.path("todoEn").asText("")));
        }
        List<RuleRow> sorted = new ArrayList<>(rows.stream().filter(r -> r.failed() && r.error()).toList());
        sorted.addAll(rows.stream().filter(r -> r.failed() && !r.error()).toList());
        sorted.addAll(rows.stream().filter(r -> !r.failed()).toList());
        return sorted;
    }

    /** Why the file could not be read, from a stored report, or null. */
    public static String[] unreadable(String inspectionJson) {
        try {
            JsonNode u = InspectionJson.mapper().readTree(inspectionJson).path("unreadable");
            return u.isObject() ? new String[] {u.path("messageZh").asText(), u.path("messageEn").asText()} : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
