/** Turning an inspection into what people and programs read: JSON of a documented schema, and annotated pictures. */
package org.gradphoto.engine.report;
