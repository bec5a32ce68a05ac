/** Profiles: the standard's numbers and each variant's differences, as data files that extend one another. */
package org.gradphoto.engine.profile;
