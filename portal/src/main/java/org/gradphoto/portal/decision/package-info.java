/** An office's decision on a request (who, when, why), with the one rule every reason follows. */
package org.gradphoto.portal.decision;
