package org.gradphoto.engine.testing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.gradphoto.engine.image.Mats;
import org.opencv.core.Mat;

/** Files that are broken, hostile or of the wrong kind, made from real photos where a photo is involved. */
public final class BadFiles {

    private BadFiles() {
    }

    /** The photo as a 4-component CMYK JPEG (as print shops and some scanners save them). */
    public static byte[] cmykJpeg(byte[] jpeg) {
        Mat bgr = Pictures.decode(jpeg);
        BufferedImage img = Mats.toImage(bgr);
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, img.getWidth(), img.getHeight(), 4, null);
        int[] px = new int[4];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                int k = 255 - Math.max(r, Math.max(g, b));
                px[0] = 255 - r - k;
                px[1] = 255 - g - k;
                px[2] = 255 - b - k;
                px[3] = k;
                cmyk.setPixel(x, y, px);
            }
        }
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            w.write(null, new IIOImage(cmyk, null, null), w.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    /** The photo as a GIF. */
    public static byte[] gif(byte[] photo) {
        BufferedImage img = Mats.toImage(Pictures.decode(photo));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "gif", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of an iPhone HEIC file (ftyp box, brand heic) followed by data. */
    public static byte[] heic() {
        ByteBuffer b = ByteBuffer.allocate(4096);
        b.putInt(24).put("ftypheic".getBytes(StandardCharsets.US_ASCII)).putInt(0)
                .put("mif1heic".getBytes(StandardCharsets.US_ASCII));
        b.putInt(4000).put("meta".getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }

    /** A valid PNG header declaring 30000 x 30000 pixels (a decompression bomb), with a tiny body. */
    public static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(30000).putInt(30000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A real JPEG whose frame header is rewritten to declare 30000 x 30000 pixels. */
    public static byte[] jpegBomb(byte[] jpeg) {
        byte[] b = jpeg.clone();
        for (int i = 2; i < b.length - 9; i++) {
            if ((b[i] & 0xFF) == 0xFF && ((b[i + 1] & 0xFF) == 0xC0 || (b[i + 1] & 0xFF) == 0xC2)) {
                b[i + 5] = (byte) (30000 >> 8);
                b[i + 6] = (byte) 30000;
                b[i + 7] = (byte) (30000 >> 8);
                b[i + 8] = (byte) 30000;
                return b;
            }
        }
        throw new IllegalArgumentException("no SOF");
    }

    /** A real photo scaled down to {@code w x h} pixels, as JPEG: the tiny pictures that once broke the rules. */
    public static byte[] tinyJpeg(byte[] photo, int w, int h) {
        return Pictures.jpeg(Pictures.resize(Pictures.decode(photo), w, h), 90, 72);
    }

    /** The PNG with a zTXt chunk inserted after IHDR whose text inflates to {@code inflatedBytes} (a zip bomb). */
    public static byte[] withZtxtBomb(byte[] png, int inflatedBytes) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int done = 0; done < inflatedBytes; done += zeros.length) {
            deflater.setInput(zeros, 0, Math.min(zeros.length, inflatedBytes - done));
            while (!deflater.needsInput()) {
                compressed.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("Comment".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        data.writeBytes(compressed.toByteArray());
        return insertAfterIhdr(png, "zTXt", data.toByteArray());
    }

    /** The PNG with a chunk after IHDR whose length field claims nearly 2 GB (the file ends long before). */
    public static byte[] withHugeChunkLength(byte[] png) {
        byte[] withText = insertAfterIhdr(png, "tEXt", "Comment\0x".getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer.wrap(withText).putInt(8 + 25, 0x7FFF_FFF0);
        return withText;
    }

    /**
     * A PNG header of {@code w x h} pixels at 16 bits per channel, RGBA (8 bytes a pixel), with a tiny body: under
     * a plain pixel limit, far over it in memory.
     */
    public static byte[] deepPng(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 16).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] insertAfterIhdr(byte[] png, String type, byte[] data) {
        int afterIhdr = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + data.length + 12);
        out.write(png, 0, afterIhdr);
        chunk(out, type, data);
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
