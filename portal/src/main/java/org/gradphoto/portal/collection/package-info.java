/** Collecting students' photos: a photo studio's zip with its data sheet, or online with a collection code. */
package org.gradphoto.portal.collection;
