/** The rule catalogue of STANDARD.md: one class per rule id, each judging one thing against its profile's limits. */
package org.gradphoto.engine.rules;
