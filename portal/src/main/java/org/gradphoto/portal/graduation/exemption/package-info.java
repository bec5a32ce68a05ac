/** Course exemptions as data: a province's rules in a YAML file, each citing its article; matching and suggestions. */
@NamedInterface("exemption")
package org.gradphoto.portal.graduation.exemption;

import org.springframework.modulith.NamedInterface;
