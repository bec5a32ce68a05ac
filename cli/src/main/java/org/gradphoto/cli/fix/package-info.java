/** {@code gradphoto fix}: one photo in, a passing 480 x 640 file out, with the before and after reports. */
package org.gradphoto.cli.fix;
