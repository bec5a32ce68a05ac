package org.gradphoto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gradphoto.engine.identity.InvalidIdNumberException;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.photo.ReviewStatus;
import org.gradphoto.portal.photo.review.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Every label in both languages: the two bundles hold the same keys, and every key the templates and the code
 * use is in them (a label missing in either language fails here, not in front of a candidate).
 */
class I18nBundleTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path SOURCES = Path.of("src/main/java");
    /** Message keys in Java code: string literals starting with one of the bundle's prefixes. */
    static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:photo|review|admin|id|mobile|name|institution|reviewer|username|password|error|form|apikey|ticket|prior|file|application|import|office|grad|app|audit|export|text|school)\\.[a-z_.]+[a-z_])\"");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z_]+(?:\\.[a-zA-Z_]+)+)[}(]");

    /** Chinese official terms allowed inside English labels. */
    static final List<String> GLOSSARY = List.of("本科", "专科", "已受理", "审核通过", "待业", "自由职业");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeysAndNoEmptyLabel() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        zh.forEach((k, v) -> assertThat(v.toString()).as("zh " + k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
        // English labels are English (the language switch names the other language); official terms a candidate
        // must recognise on Chinese documents may stay in Chinese inside English sentences
        en.forEach((k, v) -> {
            String rest = v.toString();
            for (String term : GLOSSARY) {
                rest = rest.replace(term, "");
            }
            assertThat(rest.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("en " + k + ": " + v).isEqualTo(k.equals("lang.switch"));
        });
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeUseIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // keys built from enum values
        for (ReviewStatus s : ReviewStatus.values()) {
            used.add("status." + s.name());
        }
        for (Verdict v : Verdict.values()) {
            used.add("verdict." + v.name());
        }
        for (Outcome o : Outcome.values()) {
            used.add("outcome." + o.name());
        }
        for (InvalidIdNumberException.Reason r : InvalidIdNumberException.Reason.values()) {
            used.add("id.number." + r.name().toLowerCase(Locale.ROOT));
        }
        for (org.gradphoto.portal.graduation.AppStatus st : org.gradphoto.portal.graduation.AppStatus.values()) {
            used.add("app.status." + st.name());
        }
        for (org.gradphoto.portal.graduation.Resolution r : org.gradphoto.portal.graduation.Resolution.values()) {
            used.add("resolution." + r.name());
        }
        for (org.gradphoto.portal.graduation.exemption.Level l : org.gradphoto.portal.graduation.exemption.Level.values()) {
            used.add("level." + l.name());
        }
        for (org.gradphoto.portal.graduation.ticket.TicketMerge.Status m : org.gradphoto.portal.graduation.ticket.TicketMerge.Status.values()) {
            used.add("merge.status." + m.name());
        }
        for (org.gradphoto.portal.graduation.prior.PriorDegree.Kind k : org.gradphoto.portal.graduation.prior.PriorDegree.Kind.values()) {
            used.add("prior.kind." + k.name());
        }
        for (org.gradphoto.portal.graduation.prior.PriorDegree.Status ps : org.gradphoto.portal.graduation.prior.PriorDegree.Status.values()) {
            used.add("prior.status." + ps.name());
        }
        for (org.gradphoto.portal.graduation.OfficeService.Action a : org.gradphoto.portal.graduation.OfficeService.Action.values()) {
            used.add("office.notice." + a.name().toLowerCase(Locale.ROOT));
        }
        for (org.gradphoto.portal.collection.SchoolAction a : org.gradphoto.portal.collection.SchoolAction.values()) {
            used.add("school.action." + a.name());
        }
        for (IdType t : IdType.values()) {
            if (t != IdType.RESIDENT_ID_CARD && t != IdType.RESIDENCE_PERMIT) {
                used.add("id.number.format." + t.name().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        Set<String> zh = bundle("messages.properties").stringPropertyNames();
        Set<String> en = bundle("messages_en.properties").stringPropertyNames();
        assertThat(used.stream().filter(k -> !zh.contains(k)).toList()).as("missing in Chinese").isEmpty();
        assertThat(used.stream().filter(k -> !en.contains(k)).toList()).as("missing in English").isEmpty();
    }

    /**
     * Audit lines and export names are kept as keys and filled in when read: each reads in both languages with the
     * same arguments, no placeholder left over and no quote eaten by the message format.
     */
    @Test
    void everyAuditLineAndExportNameReadsInBothLanguagesWithItsArguments() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> keys = zh.stringPropertyNames().stream().filter(k -> k.startsWith("audit.") || k.startsWith("export.")).sorted().toList();
        assertThat(keys).hasSizeGreaterThan(25);
        Object[] args = {"甲", "乙", "丙"};
        for (String k : keys) {
            String z = new java.text.MessageFormat(zh.getProperty(k), Locale.SIMPLIFIED_CHINESE).format(args);
            String e = new java.text.MessageFormat(en.getProperty(k), Locale.ENGLISH).format(args);
            assertThat(z).as("zh " + k).doesNotContain("{", "}");
            assertThat(e).as("en " + k).doesNotContain("{", "}").doesNotContain("'");
            // both languages fill in as many of the arguments (the print sheet: the institution's name in each language)
            assertThat(Stream.of(args).filter(a -> z.contains((String) a)).count()).as(k)
                    .isEqualTo(Stream.of(args).filter(a -> e.contains((String) a)).count()); // the print sheet names the institution in each language
        }
    }
}
