package org.gradphoto.portal.notice;

/** Who a notice says published it: the author's account and the name readers see (the institution, or the portal's). */
record Publisher(Long accountId, String nameZh, String nameEn) {
}
