package org.gradphoto.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.gradphoto.engine.fix.Placement;
import org.gradphoto.engine.image.Mats;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Labelled;
import org.gradphoto.engine.testing.Pictures;

/**
 * The before/after contact sheet of docs/: every photo of ../shared/faces and ../shared/faces/labelled through the
 * fixer on white and on light blue. A fixed photo shows original | white | blue, the source's edge drawn in red on
 * the fixed ones (what lies outside it was made up: background above the shoulders, clothing below them); a refused
 * one shows the reason and the measured detail given to the user.
 * Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.ContactSheet -Dexec.args=docs/fix-contact-sheet.png} (from the repository root)
 */
public final class ContactSheet {

    private static final int W = 120;
    private static final int H = 160;
    private static final int LABEL = 30;
    private static final int CELL_W = 3 * W + 12;
    private static final int CELL_H = H + LABEL + 8;
    private static final int COLS = 4;
    private static final Color EDGE = new Color(230, 0, 0);

    private record Fixed(String name, BufferedImage original, BufferedImage white, BufferedImage blue,
            Placement placement, int madeUpRows, String verdicts) {
    }

    private record Refused(String name, BufferedImage original, String reason, String detail) {
    }

    private ContactSheet() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "fix-contact-sheet.png");
        Map<String, byte[]> photos = photos();
        List<Fixed> fixed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : photos.entrySet()) {
            FixResult white = Engines.fixer().fix(e.getValue(), e.getKey(), Engines.chsi(), FixOptions.background("white"));
            BufferedImage original = Mats.toImage(Pictures.decode(e.getValue()));
            if (white instanceof FixResult.Fixed w) {
                FixResult blue = Engines.fixer().fix(e.getValue(), e.getKey(), Engines.chsi(), FixOptions.background("blue"));
                fixed.add(new Fixed(e.getKey(), original, read(w.bytes()), blue.bytes() == null ? null : read(blue.bytes()),
                        w.placement(), w.madeUpRows(), w.after().verdict() + " / " + (blue.after() == null ? "refused" : blue.after().verdict())));
            } else if (white instanceof FixResult.Refused r) {
                String detail = r.notes().isEmpty() ? "" : r.notes().get(0).en();
                refused.add(new Refused(e.getKey(), original, r.refusal().name() + ": " + r.refusal().en(), detail));
            }
        }
        int fixedRows = (fixed.size() + COLS - 1) / COLS;
        int refusedCols = 7;
        int thumbW = CELL_W * COLS / refusedCols;
        int thumbH = 150;
        int refusedRows = (refused.size() + refusedCols - 1) / refusedCols;
        int width = COLS * CELL_W;
        int height = 44 + fixedRows * CELL_H + 44 + refusedRows * (thumbH + 44);
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("gradphoto fix (" + fixed.size() + " fixed): original | white | light blue; red = the source's edge,"
                + " outside it made up", 6, 26);
        for (int i = 0; i < fixed.size(); i++) {
            draw(g, fixed.get(i), (i % COLS) * CELL_W, 44 + (i / COLS) * CELL_H);
        }
        int y = 44 + fixedRows * CELL_H;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("refused (" + refused.size() + "): only a new photo fixes these; reason and detail as given to the user",
                6, y + 26);
        y += 44;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int i = 0; i < refused.size(); i++) {
            Refused r = refused.get(i);
            int x = (i % refusedCols) * thumbW;
            int yy = y + (i / refusedCols) * (thumbH + 44);
            g.setColor(Color.BLACK);
            g.drawString(shorten(r.name(), thumbW), x + 2, yy + 10);
            g.setColor(new Color(150, 0, 0));
            g.drawString(shorten(r.reason(), thumbW), x + 2, yy + 22);
            g.setColor(Color.DARK_GRAY);
            g.drawString(shorten(r.detail(), thumbW), x + 2, yy + 34);
            fit(g, r.original(), x, yy + 40, thumbW - 6, thumbH);
        }
        g.dispose();
        ImageIO.write(sheet, "png", out.toFile());
        System.out.println("wrote " + out.toAbsolutePath() + " (" + fixed.size() + " fixed, " + refused.size() + " refused)");
        fixed.stream().filter(f -> f.madeUpRows() > 0)
                .forEach(f -> System.out.println("  made up " + f.madeUpRows() + " rows: " + f.name()));
        refused.forEach(r -> System.out.println("  refused " + r.name() + ": " + r.reason() + " " + r.detail()));
    }

    /** ../shared/faces (not the expected outputs) and then the labelled photos, by name. */
    private static Map<String, byte[]> photos() throws IOException {
        Map<String, byte[]> photos = new LinkedHashMap<>();
        Path root = Faces.sharedRoot();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(jpg|jpeg|png)"))
                    .filter(p -> !p.toString().contains("expected") && !p.toString().contains("labelled"))
                    .sorted().toList()) {
                photos.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        for (Labelled l : Labelled.all()) {
            photos.put("labelled/" + l.name(), Files.readAllBytes(l.file()));
        }
        return photos;
    }

    private static void draw(Graphics2D g, Fixed f, int x, int y) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(shorten(f.name(), CELL_W - 6), x + 2, y + 11);
        g.drawString(f.verdicts() + (f.madeUpRows() > 0 ? ", " + f.madeUpRows() + " rows made up" : ""), x + 2, y + 24);
        fit(g, f.original(), x, y + LABEL, W, H);
        for (int k = 0; k < 2; k++) {
            BufferedImage img = k == 0 ? f.white() : f.blue();
            int ox = x + (k + 1) * W + 4 * (k + 1);
            if (img == null) {
                continue;
            }
            g.drawImage(img, ox, y + LABEL, W, H, null);
            outlineSource(g, f.placement(), img, ox, y + LABEL);
        }
    }

    /** The source's rectangle in the frame, scaled to the thumbnail; only the sides inside the frame are drawn. */
    private static void outlineSource(Graphics2D g, Placement p, BufferedImage frame, int ox, int oy) {
        double k = (double) W / frame.getWidth();
        double left = Math.max(0, p.x(0));
        double right = Math.min(frame.getWidth(), p.x(p.sourceWidth()));
        double bottom = Math.min(frame.getHeight(), p.sourceBottom());
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1f));
        if (bottom < frame.getHeight() - 0.5) {
            g.drawLine(ox + (int) (left * k), oy + (int) (bottom * k), ox + (int) (right * k), oy + (int) (bottom * k));
        }
        if (left > 0.5) {
            g.drawLine(ox + (int) (left * k), oy, ox + (int) (left * k), oy + (int) (bottom * k));
        }
        if (right < frame.getWidth() - 0.5) {
            g.drawLine(ox + (int) (right * k), oy, ox + (int) (right * k), oy + (int) (bottom * k));
        }
    }

    private static String shorten(String s, int width) {
        int max = width / 6;
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    /** Draws {@code img} scaled to fit the box, keeping its proportions. */
    private static void fit(Graphics2D g, BufferedImage img, int x, int y, int w, int h) {
        double k = Math.min((double) w / img.getWidth(), (double) h / img.getHeight());
        int dw = (int) (img.getWidth() * k);
        int dh = (int) (img.getHeight() * k);
        g.drawImage(img, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh, null);
    }
}
