/** The JSON API for other systems: check and fix a photo, documented by OpenAPI. */
package org.gradphoto.portal.api;
