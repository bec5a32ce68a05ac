/** Stored files (photos, evidence, attachments): the store interface, its folder implementation and its sweeper. */
package org.gradphoto.portal.files;
