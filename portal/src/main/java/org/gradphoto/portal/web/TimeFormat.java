package org.gradphoto.portal.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times as the pages show them: China's time, to the minute ({@code ${@fmt.time(x)}} in templates). */
@Component("fmt")
public class TimeFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(org.gradphoto.portal.PortalTime.ZONE);

    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(org.gradphoto.portal.PortalTime.ZONE);

    public String time(Instant t) {
        return t == null ? "" : MINUTES.format(t);
    }

    /** The day only, as notices and lists date things. */
    public String date(Instant t) {
        return t == null ? "" : DAYS.format(t);
    }

    /** The last day of a period that ends at {@code end} (exclusive): the day a notice is last shown. */
    public String lastDay(Instant end) {
        return end == null ? "" : DAYS.format(end.minusSeconds(1));
    }
}
