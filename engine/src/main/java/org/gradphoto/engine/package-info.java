/** The photo engine's way in: inspect a file against a profile and get every rule's verdict. */
package org.gradphoto.engine;
