package org.gradphoto.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.image.DecodedPhoto;
import org.gradphoto.engine.image.Mats;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.geometry.CrownRule;
import org.gradphoto.engine.rules.geometry.EyeLineRule;
import org.gradphoto.engine.rules.geometry.FaceWidthRule;
import org.opencv.core.Point;

/**
 * Draws the standard's guides over a photo so that a person sees at a glance what is wrong: the crown window
 * (blue band), the eye window (green band), the measured crown line and eye line, the eye centres, the face width
 * between the cheeks, and the vertical midline. A measured line is green when its rule passed and red when it
 * failed. Windows are the profile frame's pixels, so they are drawn only on a picture of that size: on any other the
 * position rules wait for the size to be right, and bands at its own pixels would point at the wrong place. Labels
 * are in the language asked for (Chinese for the portal's candidates) where the font can show it, else in English.
 */
public final class Annotator {

    private static final Color PASS = new Color(0, 170, 70);
    private static final Color FAIL = new Color(220, 30, 30);
    private static final Color CROWN_BAND = new Color(40, 110, 255, 55);
    private static final Color EYE_BAND = new Color(30, 200, 90, 55);

    private final double crownMin;
    private final double crownMax;
    private final double eyesMin;
    private final double eyesMax;
    private final double widthMin;
    private final double widthMax;
    private final int frameWidth;
    private final int frameHeight;
    private final boolean chinese;

    public Annotator(Profile profile) {
        this(profile, java.util.Locale.ENGLISH);
    }

    /** With labels in this language's words: Chinese for {@code zh}, English otherwise. */
    public Annotator(Profile profile, java.util.Locale labels) {
        org.gradphoto.engine.profile.FrameSpec f = profile.frame();
        this.frameWidth = f.width();
        this.frameHeight = f.height();
        this.chinese = "zh".equals(labels.getLanguage());
        this.crownMin = f.crown().min();
        this.crownMax = f.crown().max();
        this.eyesMin = f.eyes().min();
        this.eyesMax = f.eyes().max();
        this.widthMin = f.faceWidth().min();
        this.widthMax = f.faceWidth().max();
    }

    public BufferedImage draw(DecodedPhoto photo, Inspection in) {
        BufferedImage img = Mats.toImage(photo.bgr());
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = img.getWidth();
        int h = img.getHeight();
        // the picture may be decoded reduced: original pixels times this give drawing pixels
        double toWork = photo.scale();
        double k = toWork;
        float stroke = (float) Math.max(1.5, h / 400.0);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(11, h / 48.0)));

        if (!framed(in)) {
            g.dispose();
            return img;
        }
        g.setColor(CROWN_BAND);
        g.fill(new Rectangle2D.Double(0, crownMin * k, w, (crownMax - crownMin) * k));
        g.setColor(EYE_BAND);
        g.fill(new Rectangle2D.Double(0, eyesMin * k, w, (eyesMax - eyesMin) * k));
        label(g, word(g, "crown") + " " + fmt(crownMin) + "-" + fmt(crownMax), 4, crownMin * k - 3,
                new Color(40, 90, 220));
        label(g, word(g, "eyes") + " " + fmt(eyesMin) + "-" + fmt(eyesMax), 4, eyesMin * k - 3,
                new Color(20, 140, 60));

        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
        g.setColor(new Color(255, 255, 255, 160));
        g.draw(new Line2D.Double(w / 2.0, 0, w / 2.0, h));

        FaceFacts f = in.face();
        if (f != null) {
            g.setStroke(new BasicStroke(stroke));
            Color crown = colour(in, CrownRule.ID);
            g.setColor(crown);
            double cy = centre(f.crownY() * toWork);
            g.draw(new Line2D.Double(0, cy, w, cy));
            label(g, word(g, "crown") + " " + fmt(f.crownY()), w - 120 * stroke / 1.5, cy - 4, crown);

            Color eyes = colour(in, EyeLineRule.ID);
            g.setColor(eyes);
            double ey = centre(f.eyeLineY() * toWork);
            g.draw(new Line2D.Double(0, ey, w, ey));
            label(g, word(g, "eyes") + " " + fmt(f.eyeLineY()), w - 120 * stroke / 1.5, ey - 4, eyes);
            cross(g, f.rightEye(), toWork, 6 * stroke);
            cross(g, f.leftEye(), toWork, 6 * stroke);

            Color width = colour(in, FaceWidthRule.ID);
            g.setColor(width);
            Point a = f.cheekRight();
            Point b = f.cheekLeft();
            g.draw(new Line2D.Double(a.x * toWork, a.y * toWork, b.x * toWork, b.y * toWork));
            for (Point p : new Point[] {a, b}) {
                g.draw(new Line2D.Double(p.x * toWork, p.y * toWork - 8 * stroke, p.x * toWork, p.y * toWork + 8 * stroke));
            }
            label(g, word(g, "face") + " " + fmt(f.faceWidth()) + " (" + fmt(widthMin) + "-" + fmt(widthMax) + ")",
                    Math.min(a.x, b.x) * toWork, Math.max(a.y, b.y) * toWork + 18 * stroke / 1.5, width);
        }
        g.dispose();
        return img;
    }

    public static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The picture as a JPEG (quality 90): for showing on a page, where a PNG of the same picture costs several
     * times the encoding time and the size.
     */
    public static byte[] jpeg(BufferedImage img) {
        BufferedImage rgb = img;
        if (img.getType() != BufferedImage.TYPE_3BYTE_BGR && img.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            rgb.createGraphics().drawImage(img, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.9f);
            w.setOutput(ios);
            w.write(null, new javax.imageio.IIOImage(rgb, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    /** Whether the picture is the frame the windows are pixels of, shown upright. */
    private boolean framed(Inspection in) {
        return in.width() != null && in.height() != null && in.width() == frameWidth && in.height() == frameHeight
                && (in.file() == null || !in.file().orientationSwapsAxes());
    }

    /** A label's word in the language asked for, in English where the font has no Chinese glyphs. */
    private String word(Graphics2D g, String which) {
        String en = org.gradphoto.engine.rules.Messages.en("annotate." + which);
        if (!chinese) {
            return en;
        }
        String zh = org.gradphoto.engine.rules.Messages.zh("annotate." + which);
        return g.getFont().canDisplayUpTo(zh) == -1 ? zh : en;
    }

    private static Color colour(Inspection in, String rule) {
        return in.result(rule).map(RuleResult::failed).orElse(false) ? FAIL : PASS;
    }

    private static void cross(Graphics2D g, Point p, double k, double r) {
        double x = p.x * k;
        double y = p.y * k;
        g.draw(new Line2D.Double(x - r, y, x + r, y));
        g.draw(new Line2D.Double(x, y - r, x, y + r));
    }

    private static void label(Graphics2D g, String text, double x, double y, Color c) {
        int tw = g.getFontMetrics().stringWidth(text);
        int th = g.getFontMetrics().getAscent();
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(new Rectangle2D.Double(x - 2, y - th, tw + 4, th + 3));
        g.setColor(c);
        g.drawString(text, (float) x, (float) y);
    }

    /** The centre of the pixel row or column holding {@code v}: lines there are crisp, not smeared over two rows. */
    private static double centre(double v) {
        return Math.floor(v) + 0.5;
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v));
    }
}
