/** Student records (学籍) of a school: import, proofreading by the student, corrections by the school. */
@NamedInterface("records")
package org.gradphoto.portal.collection.records;

import org.springframework.modulith.NamedInterface;
