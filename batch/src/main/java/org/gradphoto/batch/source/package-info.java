/** Where a batch's photos come from: folders and zips, read safely (names, traversal, links, bombs). */
package org.gradphoto.batch.source;
