package id.etalase.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The chart of {@code bench/perf.sh}: for each page type, requests per second and p95 latency of
 * the app next to nginx serving the same bytes, on log scales (nginx is an order of magnitude or
 * more ahead). JDK only, headless.
 *
 * <pre>
 * java -Djava.awt.headless=true -cp … id.etalase.bench.PerfChart RESULTS.tsv OUT.png "subtitle"
 * </pre>
 *
 * RESULTS.tsv: a header line, then {@code type app_rps app_p50 app_p95 app_p99 nginx_rps nginx_p50
 * nginx_p95 nginx_p99}, tab-separated.
 */
public final class PerfChart {

  private static final Color APP = new Color(0x4a2c1d);
  private static final Color NGINX = new Color(0x9aa0a6);
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 580;

  record Row(
      String type, double appRps, double appP95, double nginxRps, double nginxP95, String hits) {}

  private PerfChart() {}

  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      rows.add(
          new Row(
              f[0],
              Double.parseDouble(f[1]),
              Double.parseDouble(f[3]),
              Double.parseDouble(f[5]),
              Double.parseDouble(f[7]),
              f.length > 9 ? f[9] : ""));
    }
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString("bench/perf.sh: the app and nginx serving the same bytes, per page type", 30, 32);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(args.length > 2 ? args[2] : "", 30, 54);
    legend(g, 30, 76);
    panel(g, rows, 30, 100, "requests per second (log scale, higher is better)", true);
    panel(g, rows, 620, 100, "p95 latency, ms (log scale, lower is better)", false);
    g.dispose();
    ImageIO.write(image, "png", Path.of(args[1]).toFile());
  }

  private static void legend(Graphics2D g, int x, int y) {
    g.setColor(APP);
    g.fillRect(x, y - 10, 12, 12);
    g.setColor(Color.BLACK);
    g.drawString("Etalase (Payara Micro)", x + 18, y);
    g.setColor(NGINX);
    g.fillRect(x + 200, y - 10, 12, 12);
    g.setColor(Color.BLACK);
    g.drawString("nginx, same bytes from files", x + 218, y);
  }

  private static void panel(Graphics2D g, List<Row> rows, int x, int y, String title, boolean rps) {
    int w = 550;
    int h = 400;
    int left = x + 50;
    int bottom = y + h;
    int top = y + 30;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, x, y + 12);
    double max = 1;
    double min = Double.MAX_VALUE;
    for (Row r : rows) {
      for (double v :
          rps ? new double[] {r.appRps(), r.nginxRps()} : new double[] {r.appP95(), r.nginxP95()}) {
        max = Math.max(max, v);
        if (v > 0) {
          min = Math.min(min, v);
        }
      }
    }
    double lo = Math.floor(Math.log10(Math.min(min, max)));
    double hi = Math.ceil(Math.log10(max) + 0.15);
    if (hi <= lo) {
      hi = lo + 1;
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (double e = lo; e <= hi; e++) {
      int yy = scale(Math.pow(10, e), lo, hi, top, bottom);
      g.setColor(new Color(0xe0e0e0));
      g.setStroke(new BasicStroke(1));
      g.drawLine(left, yy, x + w, yy);
      g.setColor(Color.DARK_GRAY);
      g.drawString(number(Math.pow(10, e)), x, yy + 4);
    }
    int group = (x + w - left) / Math.max(1, rows.size());
    int bar = Math.min(36, group / 3);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int gx = left + i * group + (group - 2 * bar) / 2;
      double a = rps ? r.appRps() : r.appP95();
      double n = rps ? r.nginxRps() : r.nginxP95();
      bar(g, gx, bar, a, lo, hi, top, bottom, APP);
      bar(g, gx + bar, bar, n, lo, hi, top, bottom, NGINX);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
      g.drawString(
          r.type(),
          left + i * group + group / 2 - g.getFontMetrics().stringWidth(r.type()) / 2,
          bottom + 18);
      if (a > 0 && n > 0) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String ratio =
            rps
                ? String.format(Locale.ROOT, a / n < 0.1 ? "app %.1f%%" : "app %.0f%%", 100 * a / n)
                : String.format(Locale.ROOT, "x%.0f", a / n);
        g.drawString(
            ratio,
            left + i * group + group / 2 - g.getFontMetrics().stringWidth(ratio) / 2,
            bottom + 34);
      }
      if (rps && !r.hits().isEmpty()) {
        String hits = "hits " + r.hits();
        g.drawString(
            hits,
            left + i * group + group / 2 - g.getFontMetrics().stringWidth(hits) / 2,
            bottom + 50);
      }
    }
    g.setColor(Color.BLACK);
    g.drawLine(left, bottom, x + w, bottom);
  }

  private static void bar(
      Graphics2D g,
      int x,
      int width,
      double v,
      double lo,
      double hi,
      int top,
      int bottom,
      Color c) {
    if (v <= 0) {
      return;
    }
    int yy = scale(Math.max(v, Math.pow(10, lo)), lo, hi, top, bottom);
    g.setColor(c);
    g.fillRect(x + 2, yy, width - 4, bottom - yy);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    String label = number(v);
    g.drawString(label, x + width / 2 - g.getFontMetrics().stringWidth(label) / 2, yy - 3);
  }

  private static int scale(double v, double lo, double hi, int top, int bottom) {
    return (int) Math.round(bottom - (Math.log10(v) - lo) / (hi - lo) * (bottom - top));
  }

  private static String number(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
