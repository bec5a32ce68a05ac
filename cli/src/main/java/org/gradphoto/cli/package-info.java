/** The gradphoto command line: check, fix and batch photos against a profile. */
package org.gradphoto.cli;
