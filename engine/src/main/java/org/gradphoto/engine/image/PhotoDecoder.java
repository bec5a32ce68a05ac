package org.gradphoto.engine.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Turns file bytes into {@link DecodedPhoto} pixels, safely: the declared size is checked before any pixel is
 * allocated, HEIC and non-images are refused with a reason, CMYK and damaged JPEGs go to TwelveMonkeys' reader
 * (which reads what libjpeg refuses), and a large JPEG is decoded reduced by libjpeg-turbo (1/2, 1/4, 1/8).
 */
public final class PhotoDecoder {

    static {
        // ImageIO would otherwise spool streams to files in the system's temporary folder
        ImageIO.setUseCache(false);
    }

    /** Sides below this are decoded by the Java decoder (see {@link #decode}). */
    private static final int TINY_SIDE = 64;

    private final DecodeLimits limits;

    public PhotoDecoder(DecodeLimits limits) {
        this.limits = limits;
        OpenCv.load();
    }

    public DecodedPhoto decode(byte[] bytes, FileFacts facts) {
        if (bytes.length == 0) {
            throw new UnreadablePhotoException(UnreadablePhotoException.Reason.EMPTY, null);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new UnreadablePhotoException(UnreadablePhotoException.Reason.TOO_LARGE_FILE,
                    (bytes.length >> 20) + " MB > " + (limits.maxFileBytes() >> 20) + " MB");
        }
        switch (facts.format()) {
            case HEIC, AVIF -> throw new UnreadablePhotoException(UnreadablePhotoException.Reason.HEIC, null);
            case UNKNOWN, PDF -> throw new UnreadablePhotoException(UnreadablePhotoException.Reason.NOT_AN_IMAGE,
                    facts.format() == ImageFormat.PDF ? "PDF" : null);
            case TIFF -> throw new UnreadablePhotoException(UnreadablePhotoException.Reason.UNSUPPORTED_FORMAT, "TIFF");
            default -> {
            }
        }
        if (facts.width() == null || facts.height() == null || facts.width() <= 0 || facts.height() <= 0) {
            throw new UnreadablePhotoException(facts.format() == ImageFormat.JPEG
                    ? UnreadablePhotoException.Reason.DAMAGED : UnreadablePhotoException.Reason.NO_SIZE, null);
        }
        long pixels = DecodeLimits.weightedPixels(facts.width(), facts.height(), facts.components(),
                facts.bitsPerComponent());
        if (pixels > limits.maxPixels()) {
            boolean deep = facts.bitsPerComponent() != null && facts.bitsPerComponent() > 8;
            throw new UnreadablePhotoException(UnreadablePhotoException.Reason.TOO_MANY_PIXELS,
                    facts.width() + " x " + facts.height() + (deep ? ", " + facts.bitsPerComponent() + "-bit" : ""));
        }
        int displayW = facts.orientationSwapsAxes() ? facts.height() : facts.width();
        int displayH = facts.orientationSwapsAxes() ? facts.width() : facts.height();
        int reduction = reduction(Math.max(facts.width(), facts.height()));

        // a picture a few pixels across goes to the Java decoder: libjpeg and libpng print their complaints about
        // such files (often headers rewritten to lie) on the process's stderr, into a person's terminal
        boolean tiny = Math.min(facts.width(), facts.height()) < TINY_SIDE;
        int heapReduction = heapReduction(pixels, reduction);
        Mat raw;
        boolean alpha = false;
        if (facts.format() == ImageFormat.JPEG) {
            boolean cmyk = facts.components() != null && facts.components() == 4;
            raw = cmyk || tiny ? null : imdecode(bytes, jpegFlags(reduction));
            if (raw == null) {
                raw = imageIo(bytes, heapReduction);
            }
        } else if (facts.format() == ImageFormat.GIF) {
            raw = imageIo(bytes, heapReduction);
        } else {
            boolean png = facts.format() == ImageFormat.PNG;
            byte[] clean = tiny ? null : png ? PngChunks.forPixels(bytes) : bytes;
            raw = clean == null ? null : imdecode(clean, Imgcodecs.IMREAD_UNCHANGED | Imgcodecs.IMREAD_IGNORE_ORIENTATION);
            if (raw == null) {
                // damaged PNG chunks: the Java decoder reads what it can of the pixel chunks alone
                raw = imageIo(png ? PngChunks.forPixelsLeniently(bytes) : bytes, heapReduction);
            } else {
                alpha = raw.channels() == 4 || raw.channels() == 2;
                raw = toBgr8(raw);
            }
        }
        if (raw == null || raw.empty()) {
            throw new UnreadablePhotoException(UnreadablePhotoException.Reason.DAMAGED, null);
        }
        Mat upright = Orientation.apply(raw, facts.orientation());
        if (upright != raw) {
            raw.release();
        }
        // Formats decoded at full size are reduced here so that all later work sees the same working size.
        double wanted = 1.0 / reduction;
        double actual = (double) upright.cols() / displayW;
        if (actual > wanted * 1.01) {
            Mat small = new Mat();
            Imgproc.resize(upright, small, new Size(Math.round(displayW * wanted), Math.round(displayH * wanted)), 0, 0,
                    Imgproc.INTER_AREA);
            upright.release();
            upright = small;
            actual = (double) upright.cols() / displayW;
        }
        return new DecodedPhoto(upright, actual, displayW, displayH, alpha);
    }

    /** The largest libjpeg reduction (1, 2, 4, 8) that keeps the long side at or above the working size. */
    private int reduction(int longSide) {
        if (limits.workingLongSide() <= 0) {
            return 1;
        }
        int r = 1;
        while (r < 8 && longSide / (r * 2) >= limits.workingLongSide()) {
            r *= 2;
        }
        return r;
    }

    /**
     * The reduction for the Java decoder, which holds the picture on the heap: at least {@code reduction}, and
     * enough that the raster stays within the heap limit (it reads every n-th pixel of every n-th row).
     */
    private int heapReduction(long weightedPixels, int reduction) {
        int r = Math.max(1, reduction);
        while (weightedPixels * 3 / ((long) r * r) > limits.maxHeapRasterBytes()) {
            r++;
        }
        return r;
    }

    private static int jpegFlags(int reduction) {
        int base = switch (reduction) {
            case 2 -> Imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4 -> Imgcodecs.IMREAD_REDUCED_COLOR_4;
            case 8 -> Imgcodecs.IMREAD_REDUCED_COLOR_8;
            default -> Imgcodecs.IMREAD_COLOR;
        };
        return base | Imgcodecs.IMREAD_IGNORE_ORIENTATION;
    }

    private static Mat imdecode(byte[] bytes, int flags) {
        MatOfByte buf = new MatOfByte(bytes);
        try {
            Mat m = Imgcodecs.imdecode(buf, flags);
            if (m == null || m.empty()) {
                return null;
            }
            return m;
        } catch (RuntimeException e) {
            return null;
        } finally {
            buf.release();
        }
    }

    private static Mat toBgr8(Mat m) {
        Mat src = m;
        if (m.depth() != CvType.CV_8U) {
            Mat eight = new Mat();
            double scale = m.depth() == CvType.CV_16U ? 1.0 / 257 : 1.0;
            m.convertTo(eight, CvType.CV_8U, scale);
            m.release();
            src = eight;
        }
        Mat out = new Mat();
        switch (src.channels()) {
            case 1 -> Imgproc.cvtColor(src, out, Imgproc.COLOR_GRAY2BGR);
            case 2 -> {
                // grey + alpha: flatten onto white
                java.util.List<Mat> ch = new java.util.ArrayList<>();
                Core.split(src, ch);
                Mat bgra = new Mat();
                Core.merge(java.util.List.of(ch.get(0), ch.get(0), ch.get(0), ch.get(1)), bgra);
                flattenOnWhite(bgra, out);
                bgra.release();
                ch.forEach(Mat::release);
            }
            case 4 -> flattenOnWhite(src, out);
            default -> src.copyTo(out);
        }
        src.release();
        return out;
    }

    private static void flattenOnWhite(Mat bgra, Mat out) {
        Mat colour = new Mat();
        Imgproc.cvtColor(bgra, colour, Imgproc.COLOR_BGRA2BGR);
        java.util.List<Mat> ch = new java.util.ArrayList<>();
        Core.split(bgra, ch);
        Mat alpha = new Mat();
        ch.get(3).convertTo(alpha, CvType.CV_32F, 1.0 / 255);
        Mat alpha3 = new Mat();
        Core.merge(java.util.List.of(alpha, alpha, alpha), alpha3);
        Mat c = new Mat();
        colour.convertTo(c, CvType.CV_32FC3);
        Mat white = new Mat(c.size(), CvType.CV_32FC3, new org.opencv.core.Scalar(255, 255, 255));
        Mat inv = new Mat();
        Core.subtract(new Mat(alpha3.size(), CvType.CV_32FC3, new org.opencv.core.Scalar(1, 1, 1)), alpha3, inv);
        Core.multiply(c, alpha3, c);
        Core.multiply(white, inv, white);
        Core.add(c, white, c);
        c.convertTo(out, CvType.CV_8UC3);
        for (Mat m : new Mat[] {colour, alpha, alpha3, c, white, inv}) {
            m.release();
        }
        ch.forEach(Mat::release);
    }

    /** ImageIO with TwelveMonkeys: CMYK/YCCK JPEGs, damaged JPEGs libjpeg gives up on, GIF. */
    private static Mat imageIo(byte[] bytes, int reduction) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam p = reader.getDefaultReadParam();
                if (reduction > 1) {
                    p.setSourceSubsampling(reduction, reduction, 0, 0);
                }
                BufferedImage img = reader.read(0, p);
                return Mats.toBgr(img);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
