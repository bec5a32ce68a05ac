/** Course exemptions as data: a province's rules in a YAML file, each citing its article; matching and suggestions. */
package org.gradphoto.portal.exemption;
