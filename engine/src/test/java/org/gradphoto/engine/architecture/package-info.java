/** Tests of the engine's own structure: its packages form no cycle. */
package org.gradphoto.engine.architecture;
