/** Exam tickets (准考证号) with their course results, and merging a candidate's tickets at the city office. */
@NamedInterface("ticket")
package org.gradphoto.portal.graduation.ticket;

import org.springframework.modulith.NamedInterface;
