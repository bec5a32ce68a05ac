/** Faces in a photo: detection, 468-point mesh, person mask, eye state, head pose, and the facts derived from them. */
package org.gradphoto.engine.face;
