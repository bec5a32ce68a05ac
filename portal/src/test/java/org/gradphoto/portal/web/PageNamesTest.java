package org.gradphoto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** One name per page: the menu names each page as its title does, in Chinese and English. */
class PageNamesTest {

    /** Menu key → the key of the title of the page it opens. */
    static final Map<String, String> MENU_TO_TITLE = Map.of(
            "nav.photo", "photo.title",
            "nav.graduation", "grad.title",
            "nav.record", "record.title",
            "nav.messages", "messages.title",
            "nav.review", "review.title",
            "nav.applications", "office.title",
            "nav.school", "school.title");

    @Test
    void theMenuNamesEachPageAsItsTitleDoes() {
        for (Locale l : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle b = ResourceBundle.getBundle("messages", l, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            MENU_TO_TITLE.forEach((menu, title) -> assertThat(b.getString(menu)).as(l + " " + menu).isEqualTo(b.getString(title)));
        }
    }
}
