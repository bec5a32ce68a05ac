/** Finding added text, stamps and watermarks in a photo. */
package org.gradphoto.engine.text;
