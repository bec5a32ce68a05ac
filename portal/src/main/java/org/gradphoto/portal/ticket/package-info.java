/** Exam tickets (准考证号) with their course results, and merging a candidate's tickets at the city office. */
package org.gradphoto.portal.ticket;
