package org.gradphoto.portal.notify;

/** How a message leaves the portal. */
public enum Channel {
    EMAIL, SMS
}
