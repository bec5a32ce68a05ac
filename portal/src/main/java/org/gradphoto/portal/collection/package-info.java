/**
 * Collecting students' photos (a photo studio's zip with its data sheet, or online with a collection code), with
 * the school's records, linking and photo office in sub-packages.
 */
package org.gradphoto.portal.collection;
