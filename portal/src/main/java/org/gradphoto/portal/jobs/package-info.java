/** Long work as durable jobs: queued on the portal's database, run on one node, resumed on another if it dies. */
package org.gradphoto.portal.jobs;
