package org.gradphoto.engine.fix;

import org.gradphoto.engine.image.OpenCv;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Encodes 8-bit BGR pixels as a baseline JFIF JPEG with the given quality (IJG scale), chroma subsampling and
 * resolution. libjpeg-turbo (through OpenCV) does the encoding, with optimised Huffman tables; it writes no dpi, so
 * the JFIF header's density fields are set afterwards.
 */
public final class JpegEncoder {

    private JpegEncoder() {
    }

    public static byte[] encode(Mat bgr, int quality, Subsampling subsampling, int dpi) {
        OpenCv.load();
        MatOfInt params = new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality, Imgcodecs.IMWRITE_JPEG_OPTIMIZE, 1,
                Imgcodecs.IMWRITE_JPEG_SAMPLING_FACTOR, subsampling.openCvFlag());
        MatOfByte buf = new MatOfByte();
        try {
            if (!Imgcodecs.imencode(".jpg", bgr, buf, params)) {
                throw new IllegalStateException("JPEG encoding failed");
            }
            return withDensity(buf.toArray(), dpi);
        } finally {
            buf.release();
            params.release();
        }
    }

    /** Sets the JFIF APP0 density to {@code dpi} dots per inch, inserting a JFIF header if the file has none. */
    static byte[] withDensity(byte[] jpeg, int dpi) {
        boolean jfif = jpeg.length > 20 && (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0 && jpeg[6] == 'J'
                && jpeg[7] == 'F' && jpeg[8] == 'I' && jpeg[9] == 'F' && jpeg[10] == 0;
        if (jfif) {
            jpeg[13] = 1;
            jpeg[14] = (byte) (dpi >> 8);
            jpeg[15] = (byte) dpi;
            jpeg[16] = (byte) (dpi >> 8);
            jpeg[17] = (byte) dpi;
            return jpeg;
        }
        byte[] app0 = {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 1, (byte) (dpi >> 8), (byte) dpi,
            (byte) (dpi >> 8), (byte) dpi, 0, 0};
        byte[] out = new byte[jpeg.length + app0.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        System.arraycopy(app0, 0, out, 2, app0.length);
        System.arraycopy(jpeg, 2, out, 2 + app0.length, jpeg.length - 2);
        return out;
    }
}
