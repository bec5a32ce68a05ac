/** Linking collected photos to student records by school code, ID number and name, with every mismatch named. */
package org.gradphoto.portal.collection.linking;
