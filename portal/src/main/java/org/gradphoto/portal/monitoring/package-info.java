/** What the portal tells its operators: counts of decisions and the mail outbox as metrics for Prometheus. */
package org.gradphoto.portal.monitoring;
