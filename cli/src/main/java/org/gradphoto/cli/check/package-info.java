/** {@code gradphoto check}: one verdict per photo, for people (Chinese or English) and programs (JSON). */
package org.gradphoto.cli.check;
