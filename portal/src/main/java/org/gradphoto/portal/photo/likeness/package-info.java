/** Reference photos (admission, ID card) imported by the office, and the comparison of new photos with them. */
package org.gradphoto.portal.photo.likeness;
