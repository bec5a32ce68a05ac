/** The web platform: candidates register and upload, reviewers decide, schools and other systems use the API. */
package org.gradphoto.portal;
