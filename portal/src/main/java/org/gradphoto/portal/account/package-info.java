/** Accounts: registration with a checked ID number, login with lockout, roles. */
package org.gradphoto.portal.account;
