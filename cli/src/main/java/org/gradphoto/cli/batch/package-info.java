/** {@code gradphoto batch}: folders and zips in, per-photo results, reports and an ID-named export out. */
package org.gradphoto.cli.batch;
