package id.etalase.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws an illustration for a demo product, since no real photo can be downloaded here: a motif per
 * category (batik dots, coffee beans, a tape basket, woven bamboo, rice fields), in colours seeded
 * by the product's slug so each product looks a little different. Shapes only, no text, so no fonts
 * are needed on the server.
 */
public final class DemoPhotos {

  static final int WIDTH = 1280;
  static final int HEIGHT = 960;

  private DemoPhotos() {}

  /** A PNG that goes through the same upload pipeline as an operator's photo. */
  public static byte[] draw(String slug, String categorySlug) {
    Random random = new Random(slug.hashCode());
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    String category = categorySlug == null ? "" : categorySlug;
    switch (category) {
      case "batik-fesyen" -> batik(g, random);
      case "kopi" -> coffee(g, random);
      case "makanan-minuman" -> food(g, random);
      case "kerajinan" -> weave(g, random);
      case "pertanian" -> fields(g, random);
      default -> plain(g, random);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Color shade(Random r, int red, int green, int blue) {
    return new Color(
        clamp(red + r.nextInt(40) - 20),
        clamp(green + r.nextInt(40) - 20),
        clamp(blue + r.nextInt(40) - 20));
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  private static void batik(Graphics2D g, Random r) {
    g.setColor(shade(r, 120, 60, 30));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    Color motif = shade(r, 235, 200, 140);
    Color inner = shade(r, 60, 30, 20);
    for (int y = 40; y < HEIGHT; y += 120) {
      for (int x = (y / 120 % 2) * 60 + 40; x < WIDTH; x += 120) {
        g.setColor(motif);
        g.fill(new Ellipse2D.Double(x - 40, y - 26, 80, 52));
        g.setColor(inner);
        g.fill(new Ellipse2D.Double(x - 14, y - 9, 28, 18));
      }
    }
  }

  private static void coffee(Graphics2D g, Random r) {
    g.setColor(shade(r, 225, 205, 175));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    for (int i = 0; i < 140; i++) {
      double x = r.nextInt(WIDTH);
      double y = r.nextInt(HEIGHT);
      Graphics2D bean = (Graphics2D) g.create();
      bean.rotate(r.nextDouble() * Math.PI, x, y);
      bean.setColor(shade(r, 90, 50, 25));
      bean.fill(new Ellipse2D.Double(x - 30, y - 20, 60, 40));
      bean.setColor(shade(r, 50, 25, 10));
      bean.setStroke(new BasicStroke(4));
      bean.drawLine((int) x - 24, (int) y, (int) x + 24, (int) y);
      bean.dispose();
    }
  }

  private static void food(Graphics2D g, Random r) {
    g.setColor(shade(r, 245, 235, 210));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(shade(r, 190, 150, 90));
    g.fill(new Ellipse2D.Double(240, 180, 800, 600));
    g.setColor(shade(r, 150, 110, 60));
    g.setStroke(new BasicStroke(10));
    for (int i = 0; i < 12; i++) {
      g.drawLine(260 + i * 65, 300, 300 + i * 65, 700);
    }
    for (int i = 0; i < 18; i++) {
      g.setColor(shade(r, 250, 240, 200));
      int x = 380 + r.nextInt(520);
      int y = 320 + r.nextInt(320);
      g.fill(new Ellipse2D.Double(x, y, 90, 50));
    }
  }

  private static void weave(Graphics2D g, Random r) {
    g.setColor(shade(r, 205, 170, 110));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(shade(r, 150, 115, 60));
    for (int y = 0; y < HEIGHT; y += 48) {
      for (int x = (y / 48 % 2) * 48; x < WIDTH; x += 96) {
        g.fillRect(x, y, 48, 48);
      }
    }
  }

  private static void fields(Graphics2D g, Random r) {
    g.setColor(shade(r, 170, 215, 240));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    for (int i = 0; i < 6; i++) {
      g.setColor(shade(r, 70 + i * 15, 140 + i * 10, 60));
      Path2D hill = new Path2D.Double();
      int base = 360 + i * 110;
      hill.moveTo(0, base);
      hill.curveTo(WIDTH / 3.0, base - 120, 2 * WIDTH / 3.0, base + 80, WIDTH, base - 40);
      hill.lineTo(WIDTH, HEIGHT);
      hill.lineTo(0, HEIGHT);
      hill.closePath();
      g.fill(hill);
    }
  }

  private static void plain(Graphics2D g, Random r) {
    g.setColor(shade(r, 200, 215, 225));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(shade(r, 90, 120, 140));
    g.fill(new Ellipse2D.Double(440, 280, 400, 400));
  }
}
