/** What an inspection found: every rule's result, the file's and the face's facts, and the verdict. */
package org.gradphoto.engine.inspection;
