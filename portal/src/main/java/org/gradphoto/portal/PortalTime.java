package org.gradphoto.portal;

import java.time.ZoneId;

/** The portal's time zone: deadlines, dates on pages and in exports are China's, whatever the server's zone. */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PortalTime() {
    }
}
