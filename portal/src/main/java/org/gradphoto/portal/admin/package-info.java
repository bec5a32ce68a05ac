/** The admin's pages: institutions and the profiles they use, reviewers, the photo deadline, locked accounts. */
package org.gradphoto.portal.admin;
