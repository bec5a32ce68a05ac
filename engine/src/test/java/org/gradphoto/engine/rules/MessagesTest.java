package org.gradphoto.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, and every rule has its fix and, where it is measured, its passing and failing texts. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/gradphoto/engine/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("rules_zh.properties");
        Properties en = load("rules.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void everyRuleHasItsTexts() throws IOException {
        Properties zh = load("rules_zh.properties");
        for (String id : RuleCatalogue.ids()) {
            if (RuleCatalogue.NOT_MEASURED_YET.contains(id)) {
                assertThat(zh.stringPropertyNames()).as(id).contains(id + ".fix");
                continue;
            }
            assertThat(zh.stringPropertyNames()).as(id).contains(id + ".ok", id + ".fix");
            assertThat(zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(id + ".fail"))).as(id).isTrue();
        }
    }

    @Test
    void chineseTextsAreChinese() throws IOException {
        Properties zh = load("rules_zh.properties");
        for (String k : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(k).isTrue();
        }
    }
}
