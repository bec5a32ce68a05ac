/**
 * Accounts and institutions: registration with a checked ID number, login with lockout, roles, and the city exam
 * offices and schools that candidates belong to and staff work for. A module every other one may use.
 */
package org.gradphoto.portal.account;
