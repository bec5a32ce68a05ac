package org.gradphoto.batch;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small JPEG thumbnails of the annotated photos, for the HTML report. */
final class Thumbnails {

    static final int WIDTH = 150;

    private Thumbnails() {
    }

    static void write(BufferedImage annotated, Path file) throws IOException {
        int h = (int) Math.round((double) annotated.getHeight() * WIDTH / annotated.getWidth());
        BufferedImage t = new BufferedImage(WIDTH, Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = t.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(annotated, 0, 0, WIDTH, h, null);
        g.dispose();
        ImageIO.write(t, "jpg", file.toFile());
    }
}
