/**
 * The self-study graduation application: courses, exemptions, substitutions, and its review chain to the
 * certificate; with its rounds, reference data, tickets, prior degrees and the registration form in sub-packages.
 */
package org.gradphoto.portal.graduation;
