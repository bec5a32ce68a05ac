/** The self-study graduation application: courses, exemptions, substitutions, and its review chain to the certificate. */
package org.gradphoto.portal.graduation;
