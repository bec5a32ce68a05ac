/** Demo data for the embedded run: institutions and one account of each role, their logins in the README. */
package org.gradphoto.portal.demo;
