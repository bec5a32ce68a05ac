/** Cross-cutting web concerns: security, language, errors, the engine as beans. */
package org.gradphoto.portal.web;
