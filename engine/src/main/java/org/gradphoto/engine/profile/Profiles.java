package org.gradphoto.engine.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in profiles of STANDARD.md, and profile files given by path. */
public final class Profiles {

    /** chsi-2017 is the default: the national text as seeds 001/002 quote it. */
    public static final String DEFAULT = "chsi-2017";

    public static final List<String> BUILTIN = List.of("chsi-2017", "zikao-xinjiang", "zikao-anhui", "adult-online-2024");

    private static final Map<String, Profile> CACHE = new ConcurrentHashMap<>();

    private Profiles() {
    }

    /** A built-in profile by id, or a profile file by path (anything ending in .yaml/.yml or naming a file). */
    public static Profile get(String idOrPath) {
        if (idOrPath == null || idOrPath.isBlank()) {
            return get(DEFAULT);
        }
        if (BUILTIN.contains(idOrPath)) {
            return CACHE.computeIfAbsent(idOrPath, ProfileLoader::builtin);
        }
        Path p = Path.of(idOrPath);
        if (idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml") || Files.isRegularFile(p)) {
            if (!Files.isRegularFile(p)) {
                throw new InvalidProfileException(idOrPath, "file not found");
            }
            return ProfileLoader.file(p);
        }
        return ProfileLoader.builtin(idOrPath);
    }

    public static Profile defaultProfile() {
        return get(DEFAULT);
    }
}
