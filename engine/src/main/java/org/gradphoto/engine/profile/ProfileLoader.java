package org.gradphoto.engine.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads profile files (YAML). A profile may {@code extends} another (a built-in id or a file beside it) and then
 * says only what differs: maps merge key by key, lists and values replace. This is how a school adds its own
 * size window or colour without code.
 */
public final class ProfileLoader {

    static final String BUILTIN_DIR = "/org/gradphoto/engine/profiles/";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ProfileLoader() {
    }

    public static Profile builtin(String id) {
        return build(id, resolveBuiltin(id, new HashSet<>()));
    }

    public static Profile file(Path path) {
        JsonNode tree = resolveFile(path.toAbsolutePath().normalize(), new HashSet<>());
        String id = tree.path("id").asText(path.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        return build(id, tree);
    }

    private static JsonNode resolveBuiltin(String id, Set<String> seen) {
        if (!id.matches("[a-z0-9-]+")) {
            throw new InvalidProfileException(id, "is not a profile name");
        }
        if (!seen.add("builtin:" + id)) {
            throw new InvalidProfileException(id, "extends itself");
        }
        try (InputStream in = ProfileLoader.class.getResourceAsStream(BUILTIN_DIR + id + ".yaml")) {
            if (in == null) {
                throw new InvalidProfileException(id, "no such profile (built in: " + String.join(", ", Profiles.BUILTIN) + ")");
            }
            return withParent(YAML.readTree(in), null, seen, id);
        } catch (IOException e) {
            throw new InvalidProfileException(id, "cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode resolveFile(Path path, Set<String> seen) {
        if (!seen.add(path.toString())) {
            throw new InvalidProfileException(path.toString(), "extends itself");
        }
        try {
            JsonNode tree = YAML.readTree(Files.readAllBytes(path));
            return withParent(tree, path.getParent(), seen, path.toString());
        } catch (IOException e) {
            throw new InvalidProfileException(path.toString(), "cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode withParent(JsonNode tree, Path dir, Set<String> seen, String where) {
        if (tree == null || !tree.isObject()) {
            throw new InvalidProfileException(where, "is not a YAML mapping");
        }
        String parent = tree.path("extends").asText(null);
        if (parent == null) {
            return tree;
        }
        JsonNode base;
        Path sibling = dir == null ? null : dir.resolve(parent.endsWith(".yaml") ? parent : parent + ".yaml");
        if (sibling != null && Files.isRegularFile(sibling)) {
            base = resolveFile(sibling.toAbsolutePath().normalize(), seen);
        } else {
            base = resolveBuiltin(parent, seen);
        }
        ObjectNode merged = base.deepCopy();
        merged.remove("extends");
        merge(merged, tree);
        ((ObjectNode) merged).remove("extends");
        return merged;
    }

    /** Deep merge: objects key by key, everything else replaced. */
    static void merge(ObjectNode into, JsonNode from) {
        Iterator<Map.Entry<String, JsonNode>> it = from.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            } else {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static FixSettings fixSettings(String id, JsonNode f) {
        for (String key : new String[] {"comfortMargin", "extendClothing", "maxMadeUpRows", "maxEnlargement", "minMargin",
            "minBelowChin"}) {
            if (f.path(key).isMissingNode() || f.path(key).isNull()) {
                throw new InvalidProfileException(id, "fix." + key + " is missing");
            }
        }
        if (!f.path("extendClothing").isBoolean() || !f.path("maxMadeUpRows").canConvertToInt()) {
            throw new InvalidProfileException(id, "fix.extendClothing must be true or false, fix.maxMadeUpRows a number");
        }
        try {
            return new FixSettings(f.path("comfortMargin").asDouble(), f.path("extendClothing").asBoolean(),
                    f.path("maxMadeUpRows").asInt(), f.path("maxEnlargement").asDouble(), f.path("minMargin").asDouble(),
                    f.path("minBelowChin").asDouble());
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException(id, "fix: " + e.getMessage());
        }
    }

    private static Profile build(String id, JsonNode t) {
        String nameZh = t.path("name").path("zh").asText(id);
        String nameEn = t.path("name").path("en").asText(id);
        List<BackgroundColour> bgs = new ArrayList<>();
        for (JsonNode b : t.path("backgrounds").path("colours")) {
            JsonNode rgb = b.path("rgb");
            if (!rgb.isArray() || rgb.size() != 3) {
                throw new InvalidProfileException(id, "background " + b.path("id").asText() + " needs rgb: [r, g, b]");
            }
            try {
                bgs.add(new BackgroundColour(b.path("id").asText(), b.path("zh").asText(), b.path("en").asText(),
                        rgb.get(0).asInt(-1), rgb.get(1).asInt(-1), rgb.get(2).asInt(-1)));
            } catch (IllegalArgumentException e) {
                throw new InvalidProfileException(id, "background: " + e.getMessage());
            }
        }
        boolean anyPlain = t.path("backgrounds").path("anyPlainColour").asBoolean(false);

        Map<Category, CategoryHint> hints = new EnumMap<>(Category.class);
        Iterator<Map.Entry<String, JsonNode>> hi = t.path("categoryHints").fields();
        while (hi.hasNext()) {
            Map.Entry<String, JsonNode> e = hi.next();
            Category c;
            try {
                c = Category.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new InvalidProfileException(id, "categoryHints." + e.getKey() + " is not a category");
            }
            JsonNode h = e.getValue();
            hints.put(c, new CategoryHint(h.path("causeZh").asText(""), h.path("fixZh").asText(""),
                    h.path("causeEn").asText(""), h.path("fixEn").asText("")));
        }

        Map<String, RuleParams> rules = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> ri = t.path("rules").fields();
        while (ri.hasNext()) {
            Map.Entry<String, JsonNode> e = ri.next();
            String rule = e.getKey();
            JsonNode block = e.getValue();
            String sev = block.path("severity").asText(null);
            if (sev == null) {
                throw new InvalidProfileException(id, "rules." + rule + ".severity is missing");
            }
            try {
                severities.put(rule, Severity.valueOf(sev));
            } catch (IllegalArgumentException ex) {
                throw new InvalidProfileException(id, "rules." + rule + ".severity must be ERROR or WARNING");
            }
            rules.put(rule, new RuleParams(id, rule, block));
        }
        return new Profile(id, nameZh, nameEn, t.path("source").asText(""), bgs, anyPlain, hints, rules, severities,
                fixSettings(id, t.path("fix")), printSize(id, t.path("print")));
    }

    private static PrintSize printSize(String id, JsonNode p) {
        if (!p.path("widthMm").isNumber() || !p.path("heightMm").isNumber()) {
            throw new InvalidProfileException(id, "print.widthMm and print.heightMm must be numbers");
        }
        try {
            return new PrintSize(p.path("widthMm").asDouble(), p.path("heightMm").asDouble());
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException(id, "print: " + e.getMessage());
        }
    }
}
