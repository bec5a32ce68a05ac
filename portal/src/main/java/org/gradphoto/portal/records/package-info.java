/** Student records (学籍) of a school: import, proofreading by the student, corrections by the school. */
package org.gradphoto.portal.records;
