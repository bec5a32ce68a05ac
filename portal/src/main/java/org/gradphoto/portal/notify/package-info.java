/** Sending to people outside the portal (e-mail, SMS) through an outbox, so that nothing is lost when a server is down. */
package org.gradphoto.portal.notify;
