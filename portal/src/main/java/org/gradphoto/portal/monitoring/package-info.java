/** What the portal tells its operators: counts of decisions, the mail outbox and the job queue as metrics for Prometheus. */
package org.gradphoto.portal.monitoring;
