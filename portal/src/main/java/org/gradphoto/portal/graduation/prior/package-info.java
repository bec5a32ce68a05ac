/** The prior diploma a 本科 application needs, its date rule and its exceptions, and the office's verification. */
package org.gradphoto.portal.graduation.prior;
