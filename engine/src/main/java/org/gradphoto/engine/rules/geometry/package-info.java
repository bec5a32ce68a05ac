/** Rules on where the head sits: crown, eye line, face width, centring, level eyes, shoulders. */
package org.gradphoto.engine.rules.geometry;
