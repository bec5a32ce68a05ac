/** A stand-in user of the engine, for the test that the API boundary rule catches what it should. */
package org.gradphoto.outsider;
