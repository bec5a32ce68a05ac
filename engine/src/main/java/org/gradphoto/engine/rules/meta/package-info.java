/** Rules on the file's metadata: capture date, signs of editing. */
package org.gradphoto.engine.rules.meta;
