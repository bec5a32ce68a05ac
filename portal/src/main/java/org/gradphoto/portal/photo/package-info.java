/** A candidate's photo: upload, instant check and fix offer, submission, and the files kept for it. */
package org.gradphoto.portal.photo;
