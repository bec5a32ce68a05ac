/** The packaged model files and thread-safe OpenCV DNN networks built from them. */
package org.gradphoto.engine.model;
