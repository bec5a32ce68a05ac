/** Demo data for the embedded run: institutions and one account of each role, their logins in the README. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.gradphoto.portal.demo;

import org.springframework.modulith.ApplicationModule;
