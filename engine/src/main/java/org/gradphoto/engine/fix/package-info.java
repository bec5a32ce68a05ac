/** Fixing an ordinary photo into a passing file: placing the head, replacing the background, encoding to the size window. */
package org.gradphoto.engine.fix;
