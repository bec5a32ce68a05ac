/** 联系方式: the directory of exam offices and school photo offices, kept by the admin and importable from Excel. */
package org.gradphoto.portal.contact;
