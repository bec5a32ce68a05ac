/** The graduate registration form (毕业生登记表): resume, self-evaluation, employer appraisal, printed as PDF. */
package org.gradphoto.portal.graduation.gradform;
