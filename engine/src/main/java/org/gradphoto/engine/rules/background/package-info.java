/** Rules on the background: its colour, its evenness, and its contrast with the clothes. */
package org.gradphoto.engine.rules.background;
