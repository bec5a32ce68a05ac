package org.gradphoto.engine.profile;

/** A profile's published explanation of one error category: why it happens and how to fix it (e.g. 附件4). */
public record CategoryHint(String causeZh, String fixZh, String causeEn, String fixEn) {
}
