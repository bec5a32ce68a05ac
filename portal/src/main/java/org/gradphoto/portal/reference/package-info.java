/** Reference data an admin imports from Excel or CSV: majors and their plans, substitutions, course results. */
package org.gradphoto.portal.reference;
