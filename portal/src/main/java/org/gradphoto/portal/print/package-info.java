/** Printing: XHTML pages laid out as PDF with an embedded CJK font (registration forms, code slips, photo sheets). */
package org.gradphoto.portal.print;
