/** The candidate's message box: what offices decided on their photo and graduation, told in their words. */
package org.gradphoto.portal.messages;
