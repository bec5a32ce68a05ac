/** Graduation rounds: spring and autumn, each with its photo deadline before its application deadline. */
@NamedInterface("round")
package org.gradphoto.portal.graduation.round;

import org.springframework.modulith.NamedInterface;
