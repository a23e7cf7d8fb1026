package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.media.ImageFormat.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the home page is told of a hero, and the cache of its narrower copies. */
class HeroImagesTest {

  @Test
  void aWideRasterHeroOffersEveryNarrowerWidthAndItselfInTheSrcset() {
    HeroImages.Hero hero = HeroImages.hero("hero-0123456789abcdef.jpg", new Size(1600, 500));
    assertEquals(List.of(480, 800, 1200), hero.widths());
    assertEquals("hero-0123456789abcdef-800.jpg", hero.copy(800));
    assertEquals(
        "/a/aset/hero-0123456789abcdef-480.jpg 480w, /a/aset/hero-0123456789abcdef-800.jpg 800w,"
            + " /a/aset/hero-0123456789abcdef-1200.jpg 1200w, /a/aset/hero-0123456789abcdef.jpg"
            + " 1600w",
        hero.srcset("/a/aset/"));
    assertEquals(1600, hero.width());
    assertEquals(500, hero.height());
  }

  @Test
  void copiesAreNeverWiderThanTheOriginalAndAnSvgHasNone() {
    assertEquals(
        List.of(480, 800),
        HeroImages.hero("hero-0123456789abcdef.png", new Size(1200, 500)).widths());
    assertEquals(
        List.of(), HeroImages.hero("hero-0123456789abcdef.jpg", new Size(480, 200)).widths());
    HeroImages.Hero svg = HeroImages.hero("hero-0123456789abcdef.svg", new Size(1200, 500));
    assertEquals(List.of(), svg.widths());
    assertNull(svg.srcset("/aset/"), "no srcset for a vector image");
  }

  @Test
  void onlyNamesOfCopiesAreCopies() {
    assertTrue(HeroImages.isCopy("hero-0123456789abcdef-800.jpg"));
    assertFalse(HeroImages.isCopy("hero-0123456789abcdef.jpg"));
    assertFalse(HeroImages.isCopy("logo-0123456789abcdef-800.jpg"));
    assertFalse(HeroImages.isCopy("hero-0123456789abcdef-800.jpg/../x"));
    assertFalse(HeroImages.isCopy("hero-0123456789ABCDEF-800.jpg"));
    assertFalse(HeroImages.isCopy("hero-0123456789abcdef-99999.jpg"));
  }

  @Test
  void anSvgSizeComesFromItsViewBoxElseItsWidthAndHeight() {
    assertEquals(
        new Size(1200, 500),
        HeroImages.svgSize("<?xml version=\"1.0\"?>\n<svg xmlns=\"x\" viewBox=\"0 0 1200 500\">"));
    assertEquals(
        new Size(1440, 480),
        HeroImages.svgSize("<svg width=\"1440\" height='480px' xmlns=\"x\"><rect/></svg>"));
    assertEquals(new Size(960, 400), HeroImages.svgSize("<svg viewBox='-10 -10 960 400'>"));
    assertEquals(HeroImages.SVG_DEFAULT, HeroImages.svgSize("<svg width=\"100%\">"));
    assertEquals(HeroImages.SVG_DEFAULT, HeroImages.svgSize("not an svg"));
  }

  @Test
  void theCacheOfCopiesKeepsToItsBudgetDroppingTheLeastRecentlyUsed() {
    HeroImages.Copies copies = new HeroImages.Copies(100);
    copies.put("a", new byte[40]);
    copies.put("b", new byte[40]);
    copies.get("a"); // a is now more recent than b
    copies.put("c", new byte[40]);
    assertNull(copies.get("b"));
    assertEquals(40, copies.get("a").length);
    assertEquals(40, copies.get("c").length);
    assertEquals(80, copies.used());
    copies.put("huge", new byte[101]);
    assertNull(copies.get("huge"), "larger than the whole budget: not kept");
    assertEquals(80, copies.used());
  }
}
