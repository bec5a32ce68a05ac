/** Reviewers: the queue of submitted photos, the decision with a standard reason, the audit trail. */
package org.gradphoto.portal.photo.review;
