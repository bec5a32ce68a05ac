package org.gradphoto.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.image.Mats;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;

/**
 * The before/after contact sheet of docs/: every photo of ../shared/faces through the fixer on white and on light
 * blue; fixed photos as original | white | blue (and the hair at full size), refused ones with their reason.
 * Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.ContactSheet -Dexec.args=docs/fix-contact-sheet.png} (from the repository root)
 */
public final class ContactSheet {

    private static final int W = 240;
    private static final int H = 320;
    private static final int LABEL = 18;

    private ContactSheet() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "fix-contact-sheet.png");
        Map<String, byte[]> photos = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(Faces.sharedRoot())) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(jpg|png)"))
                    .filter(p -> !p.toString().contains("expected")).sorted().toList()) {
                photos.put(Faces.sharedRoot().relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        List<BufferedImage[]> fixed = new ArrayList<>();
        List<String> fixedNames = new ArrayList<>();
        List<BufferedImage> refused = new ArrayList<>();
        List<String> refusedNames = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : photos.entrySet()) {
            FixResult white = Engines.fixer().fix(e.getValue(), e.getKey(), Engines.chsi(), FixOptions.background("white"));
            BufferedImage original = Mats.toImage(Pictures.decode(e.getValue()));
            if (white.fixed()) {
                FixResult blue = Engines.fixer().fix(e.getValue(), e.getKey(), Engines.chsi(), FixOptions.background("blue"));
                BufferedImage w = ImageIO.read(new ByteArrayInputStream(white.bytes()));
                BufferedImage b = ImageIO.read(new ByteArrayInputStream(blue.bytes()));
                fixed.add(new BufferedImage[] {original, w, b, w.getSubimage(120, 30, 240, 160), b.getSubimage(120, 30, 240, 160)});
                fixedNames.add(e.getKey() + "  ->  " + white.after().verdict() + " / " + blue.after().verdict());
            } else {
                refused.add(original);
                refusedNames.add(e.getKey().replaceFirst(".*/", "") + ": " + white.refusal());
            }
        }
        int cols = 5;
        int thumbW = 170;
        int thumbH = 190;
        int refusedRows = (refused.size() + cols - 1) / cols;
        int width = Math.max(3 * W + 2 * W, cols * thumbW);
        int height = 40 + fixed.size() * (H + LABEL + 8) + 40 + refusedRows * (thumbH + LABEL + 6);
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("gradphoto fix: original | white | light blue | hair at full size (white, blue)", 8, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int y = 40;
        for (int i = 0; i < fixed.size(); i++) {
            g.setColor(Color.BLACK);
            g.drawString(fixedNames.get(i), 8, y + 13);
            BufferedImage[] t = fixed.get(i);
            fit(g, t[0], 0, y + LABEL, W, H);
            g.drawImage(t[1], W, y + LABEL, W, H, null);
            g.drawImage(t[2], 2 * W, y + LABEL, W, H, null);
            g.drawImage(t[3], 3 * W, y + LABEL, null);
            g.drawImage(t[4], 3 * W, y + LABEL + 160, null);
            y += H + LABEL + 8;
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("refused: only a new photo fixes these (reason as given to the user)", 8, y + 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        y += 40;
        for (int i = 0; i < refused.size(); i++) {
            int x = (i % cols) * thumbW;
            int yy = y + (i / cols) * (thumbH + LABEL + 6);
            g.setColor(Color.BLACK);
            g.drawString(refusedNames.get(i), x + 2, yy + 12);
            fit(g, refused.get(i), x, yy + LABEL, thumbW - 6, thumbH);
        }
        g.dispose();
        ImageIO.write(sheet, "png", out.toFile());
        System.out.println("wrote " + out.toAbsolutePath() + " (" + fixed.size() + " fixed, " + refused.size() + " refused)");
    }

    /** Draws {@code img} scaled to fit the box, keeping its proportions. */
    private static void fit(Graphics2D g, BufferedImage img, int x, int y, int w, int h) {
        double k = Math.min((double) w / img.getWidth(), (double) h / img.getHeight());
        int dw = (int) (img.getWidth() * k);
        int dh = (int) (img.getHeight() * k);
        g.drawImage(img, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh, null);
    }
}
