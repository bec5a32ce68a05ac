package org.gradphoto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every field a person types into carries its limit in the page (maxlength for text, min/max for numbers), so that
 * the browser stops an over-long entry before it is sent; the server checks the same limits again.
 */
class FormFieldLimitsTest {

    private static final Set<String> NOT_TYPED = Set.of("hidden", "file", "checkbox", "radio", "submit", "button", "date",
            "month", "datetime-local");

    @Test
    void everyTypedFieldOfEveryTemplateHasItsLimit() throws IOException {
        List<String> missing = new ArrayList<>();
        int fields = 0;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element e : Jsoup.parse(Files.readString(t)).select("input, textarea")) {
                    String type = e.tagName().equals("textarea") ? "textarea" : e.attr("type").toLowerCase();
                    if (NOT_TYPED.contains(type)) {
                        continue;
                    }
                    fields++;
                    boolean limited = type.equals("number") ? (has(e, "max") && has(e, "min")) : has(e, "maxlength");
                    if (!limited) {
                        missing.add(t.getFileName() + ": " + e.outerHtml().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(fields).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    private static boolean has(Element e, String attr) {
        return e.hasAttr(attr) || e.hasAttr("th:" + attr);
    }
}
