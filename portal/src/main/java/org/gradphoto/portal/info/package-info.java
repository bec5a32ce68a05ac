/** What anyone may read before logging in: the landing page, the photo requirements and the common questions. */
package org.gradphoto.portal.info;
