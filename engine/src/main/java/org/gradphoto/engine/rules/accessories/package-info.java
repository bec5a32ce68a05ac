/** Rules on what the head wears: glasses, hair over brows and ears, head coverings (warnings for a person to judge). */
package org.gradphoto.engine.rules.accessories;
