package org.gradphoto.engine.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The rule texts in Chinese and English, from the message bundles (UTF-8 properties). */
public final class Messages {

    private static final String BUNDLE = "org.gradphoto.engine.i18n.rules";
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE, control());
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, control());

    private Messages() {
    }

    private static ResourceBundle.Control control() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }

    public static String zh(String key, Object... args) {
        return format(ZH, Locale.SIMPLIFIED_CHINESE, key, args);
    }

    public static String en(String key, Object... args) {
        return format(EN, Locale.ROOT, key, args);
    }

    public static boolean has(String key) {
        return ZH.containsKey(key) && EN.containsKey(key);
    }

    public static java.util.Set<String> keysZh() {
        return ZH.keySet();
    }

    public static java.util.Set<String> keysEn() {
        return EN.keySet();
    }

    private static String format(ResourceBundle b, Locale l, String key, Object... args) {
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " missing in " + (l == Locale.ROOT ? "en" : "zh"));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }
}
