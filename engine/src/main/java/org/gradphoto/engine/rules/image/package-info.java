/** Rules on the picture's quality and cleanliness: colour, focus, exposure, lighting, red eye, borders, text. */
package org.gradphoto.engine.rules.image;
