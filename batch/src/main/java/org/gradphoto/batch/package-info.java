/** Batch checking and fixing: many photos in, per-photo results, an ID-named export and reports out. */
package org.gradphoto.batch;
