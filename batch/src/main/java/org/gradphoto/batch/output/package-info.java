/** A batch's written results: CSV and Excel tables, a self-contained HTML report, the export zip. */
package org.gradphoto.batch.output;
