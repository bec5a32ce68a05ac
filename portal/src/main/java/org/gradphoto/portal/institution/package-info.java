/** Institutions (city exam offices, schools) that candidates belong to and reviewers work for. */
package org.gradphoto.portal.institution;
