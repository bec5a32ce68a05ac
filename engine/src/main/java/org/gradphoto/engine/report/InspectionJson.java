package org.gradphoto.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.CategoryHint;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Point;

/**
 * An {@link Inspection} as JSON, schema {@code gradphoto.inspection/1} (docs/check-json.md,
 * docs/inspection.schema.json). Field names are part of the contract: add, never rename.
 */
public final class InspectionJson {

    public static final String SCHEMA = "gradphoto.inspection/1";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectionJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(Inspection in) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        o.put("file", in.fileName());
        o.put("profile", in.profileId());
        o.put("verdict", in.verdict().name());
        o.put("verdictZh", in.verdict().zh());
        if (in.unreadable() != null) {
            ObjectNode u = o.putObject("unreadable");
            u.put("reason", in.unreadable().name());
            u.put("messageZh", in.unreadable().zh() + (in.unreadableDetail() == null ? "" : "（" + in.unreadableDetail() + "）"));
            u.put("messageEn", in.unreadable().en() + (in.unreadableDetail() == null ? "" : " (" + in.unreadableDetail() + ")"));
        } else {
            o.putNull("unreadable");
        }
        o.set("facts", facts(in.file()));
        o.put("faces", in.faceCount());
        o.set("geometry", in.face() == null ? F.nullNode() : geometry(in.face()));
        ArrayNode rules = o.putArray("rules");
        for (RuleResult r : in.results()) {
            rules.add(rule(r));
        }
        ArrayNode hints = o.putArray("hints");
        for (Map.Entry<Category, CategoryHint> e : in.hints().entrySet()) {
            ObjectNode h = hints.addObject();
            h.put("category", e.getKey().name());
            h.put("categoryZh", e.getKey().zh());
            h.put("causeZh", e.getValue().causeZh());
            h.put("fixZh", e.getValue().fixZh());
            h.put("causeEn", e.getValue().causeEn());
            h.put("fixEn", e.getValue().fixEn());
        }
        o.put("millis", Math.round(in.millis() * 10) / 10.0);
        return o;
    }

    private static ObjectNode facts(FileFacts f) {
        ObjectNode o = F.objectNode();
        o.put("format", f.format().name());
        o.put("extension", f.extension());
        o.put("bytes", f.sizeBytes());
        o.put("kb", Math.round(f.sizeKb() * 10) / 10.0);
        putInt(o, "width", f.width());
        putInt(o, "height", f.height());
        putNum(o, "dpi", f.dpi());
        o.put("dpiSource", f.dpiSource());
        putNum(o, "exifDpi", f.exifDpi());
        putInt(o, "components", f.components());
        putInt(o, "bitsPerComponent", f.bitsPerComponent());
        o.put("colourModel", f.colourModel().name());
        putNum(o, "jpegQuality", f.jpegQuality());
        o.put("jpegCoding", f.jpegCoding());
        o.put("chromaSubsampling", f.chromaSubsampling());
        if (f.jpegComplete() == null) {
            o.putNull("jpegComplete");
        } else {
            o.put("jpegComplete", f.jpegComplete());
        }
        o.put("orientation", f.orientation());
        o.put("captureDate", f.captureDate() == null ? null : f.captureDate().toString());
        ArrayNode tools = o.putArray("editingSoftware");
        f.editingSoftware().forEach(tools::add);
        return o;
    }

    private static ObjectNode geometry(FaceFacts f) {
        ObjectNode o = F.objectNode();
        o.put("crownY", r1(f.crownY()));
        o.put("crownAtTopEdge", f.crownAtTopEdge());
        o.put("hairlineY", r1(f.hairlineY()));
        o.put("eyeLineY", r1(f.eyeLineY()));
        o.set("rightEye", point(f.rightEye()));
        o.set("leftEye", point(f.leftEye()));
        o.set("cheekRight", point(f.cheekRight()));
        o.set("cheekLeft", point(f.cheekLeft()));
        o.put("faceWidth", r1(f.faceWidth()));
        o.put("faceCentreX", r1(f.faceCentreX()));
        o.put("chinY", r1(f.chinY()));
        o.put("roll", r1(f.roll()));
        o.put("yaw", r1(f.yaw()));
        o.put("pitch", r1(f.pitch()));
        ObjectNode eyes = o.putObject("eyeOpen");
        eyes.put("right", Math.round(f.eyeOpenRight() * 1000) / 1000.0);
        eyes.put("left", Math.round(f.eyeOpenLeft() * 1000) / 1000.0);
        o.put("mouthOpenRatio", Math.round(f.mouthOpenRatio() * 1000) / 1000.0);
        ObjectNode s = o.putObject("shoulders");
        putNum(s, "rightY", nan(f.shoulders().rightY()));
        putNum(s, "leftY", nan(f.shoulders().leftY()));
        return o;
    }

    private static ObjectNode rule(RuleResult r) {
        ObjectNode o = F.objectNode();
        o.put("id", r.id());
        o.put("severity", r.severity().name());
        o.put("category", r.category().name());
        o.put("categoryZh", r.category().zh());
        o.put("status", r.status().name());
        putNum(o, "measured", r.measured());
        o.put("unit", r.unit());
        o.put("measuredText", r.measuredText());
        o.put("limit", r.limit());
        ObjectNode values = o.putObject("values");
        r.values().forEach((k, v) -> putNum(values, k, v));
        o.put("messageZh", r.messageZh());
        o.put("messageEn", r.messageEn());
        o.put("fixZh", r.fixZh());
        o.put("fixEn", r.fixEn());
        o.put("nameZh", r.words().nameZh());
        o.put("nameEn", r.words().nameEn());
        o.put("plainZh", r.words().plainZh());
        o.put("plainEn", r.words().plainEn());
        o.put("todoZh", r.words().todoZh());
        o.put("todoEn", r.words().todoEn());
        return o;
    }

    private static ObjectNode point(Point p) {
        ObjectNode o = F.objectNode();
        o.put("x", r1(p.x));
        o.put("y", r1(p.y));
        return o;
    }

    private static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : r1(v);
    }

    private static void putNum(ObjectNode o, String k, Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            o.putNull(k);
        } else {
            o.put(k, v);
        }
    }

    private static void putInt(ObjectNode o, String k, Integer v) {
        if (v == null) {
            o.putNull(k);
        } else {
            o.put(k, v);
        }
    }
}
