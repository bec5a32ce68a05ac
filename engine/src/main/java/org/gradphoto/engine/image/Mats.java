package org.gradphoto.engine.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Conversions between OpenCV's BGR Mats and AWT images, for ImageIO's readers and writers. */
public final class Mats {

    private Mats() {
    }

    /** Any BufferedImage to an 8-bit BGR Mat; transparency is flattened onto white. */
    public static Mat toBgr(BufferedImage src) {
        BufferedImage img = src;
        if (src.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, src.getWidth(), src.getHeight());
            g.drawImage(src, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        Mat m = new Mat(img.getHeight(), img.getWidth(), CvType.CV_8UC3);
        m.put(0, 0, data);
        return m;
    }

    /** An 8-bit BGR Mat to a TYPE_3BYTE_BGR image (for ImageIO's JPEG writer). */
    public static BufferedImage toImage(Mat bgr) {
        BufferedImage img = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        bgr.get(0, 0, data);
        return img;
    }
}
