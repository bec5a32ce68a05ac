/** Resident identity numbers (GB 11643-1999) as value objects that cannot hold an invalid number. */
package org.gradphoto.engine.identity;
