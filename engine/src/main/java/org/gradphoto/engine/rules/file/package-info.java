/** Rules on the file itself: format, pixel size, resolution, colour depth, JPEG quality, bytes on disk. */
package org.gradphoto.engine.rules.file;
