/** Test support shared by every module's tests: the photos, one engine per JVM, photo transformations. */
package org.gradphoto.engine.testing;
