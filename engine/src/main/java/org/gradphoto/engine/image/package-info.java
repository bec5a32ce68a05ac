/** Reading photo files: format by content, JPEG structure and quality, metadata, safe bounded decoding. */
package org.gradphoto.engine.image;
