/** Graduation rounds: spring and autumn, each with its photo deadline before its application deadline. */
package org.gradphoto.portal.round;
