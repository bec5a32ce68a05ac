/** Reference data an admin imports from Excel or CSV: majors and their plans, substitutions, course results. */
@NamedInterface("reference")
package org.gradphoto.portal.graduation.reference;

import org.springframework.modulith.NamedInterface;
