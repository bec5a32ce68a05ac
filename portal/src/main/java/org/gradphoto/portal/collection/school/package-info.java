/** A school's photo office: records, collection codes, studio imports, linking fixes, proofreading window, export. */
package org.gradphoto.portal.collection.school;
