package org.gradphoto.engine.image;

/** How a file stores colour. Only a 3-component 8-bit JPEG (YCbCr or RGB) is "24-bit true colour". */
public enum ColourModel {
    YCBCR, RGB, GREY, CMYK, YCCK, RGBA, GREY_ALPHA, INDEXED, UNKNOWN
}
