/** Rules on the face itself: one face with key points, frontal pose, eyes open, mouth closed. */
package org.gradphoto.engine.rules.face;
