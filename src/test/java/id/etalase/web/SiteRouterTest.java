package id.etalase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteRouterTest {

  @Test
  void pagesAssetsAndPhotosAreRouted() {
    assertEquals(new SiteRouter.Route("/site/home.xhtml", null), SiteRouter.route("/"));
    assertEquals(new SiteRouter.Route("/site/search.xhtml", null), SiteRouter.route("/cari"));
    assertEquals(
        new SiteRouter.Route("/_aset", "logo-abc.svg"), SiteRouter.route("/aset/logo-abc.svg"));
    assertEquals(
        new SiteRouter.Route("/_foto", "0123456789abcdef01234567-320.jpg"),
        SiteRouter.route("/foto/0123456789abcdef01234567-320.jpg"));
    assertEquals(
        new SiteRouter.Route("/site/product.xhtml", "kopi-ijen"),
        SiteRouter.route("/produk/kopi-ijen"));
    assertEquals(
        new SiteRouter.Route("/site/business.xhtml", "batik-sekar"),
        SiteRouter.route("/usaha/batik-sekar"));
    assertEquals(new SiteRouter.Route("/_sitemap", null), SiteRouter.route("/sitemap.xml"));
    assertEquals(
        new SiteRouter.Route("/_sitemap", "halaman"), SiteRouter.route("/sitemap-halaman.xml"));
    assertEquals(
        new SiteRouter.Route("/_sitemap", "produk-12"), SiteRouter.route("/sitemap-produk-12.xml"));
    assertEquals(
        new SiteRouter.Route("/_sitemap", "usaha-1"), SiteRouter.route("/sitemap-usaha-1.xml"));
  }

  @Test
  void theOrderFormAndTheStatusPageAreRoutedAndPrivate() {
    String token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
    assertEquals(
        new SiteRouter.Route("/site/order.xhtml", "batik-sekar"),
        SiteRouter.route("/pesan/batik-sekar"));
    assertEquals(
        new SiteRouter.Route("/site/order-status.xhtml", token),
        SiteRouter.route("/pesanan/" + token));
    for (String path :
        List.of(
            "/pesanan/" + token + "x",
            "/pesanan/" + token.substring(1),
            "/pesanan/" + token.replace('A', '.'),
            "/pesan/Batik",
            "/pesan/")) {
      assertNull(SiteRouter.route(path), path);
    }
    assertTrue(SiteRouter.isPrivate("/pesan/batik-sekar"));
    assertTrue(SiteRouter.isPrivate("/pesanan/" + token));
    assertTrue(SiteRouter.isPrivate("/daftar"));
    assertFalse(SiteRouter.isPrivate("/usaha/batik-sekar"));
  }

  @Test
  void onlyTheSitemapsOwnFilesAreRouted() {
    for (String path :
        List.of(
            "/sitemap-produk-0.xml",
            "/sitemap-produk-01.xml",
            "/sitemap-produk-.xml",
            "/sitemap-produk.xml",
            "/sitemap-produk-123456.xml",
            "/sitemap-halaman-1.xml",
            "/sitemap-akun-1.xml",
            "/sitemap-produk-1.xml.gz",
            "/sitemap-produk-1;.xml")) {
      assertEquals(null, SiteRouter.route(path), path);
    }
  }

  @Test
  void everythingElseIsNotFound() {
    for (String path :
        new String[] {
          "/site/home.xhtml",
          "/aset/",
          "/aset/a/b.svg",
          "/foto/",
          "/foto/a/b.jpg",
          "/WEB-INF/web.xml",
          "/index.xhtml",
          "//",
          "/produk/",
          "/produk/Kopi",
          "/produk/a/b",
          "/produk/%27--",
          "/usaha/" + "a".repeat(121),
          "/cari/",
          "/lain/x",
          "/konsol/masuk.xhtml",
          "/konsol/../site/home",
          "/konsol/Usaha",
          "/admin/index.xhtml",
          "/konsol//usaha"
        }) {
      assertNull(SiteRouter.route(path), path);
    }
  }

  @Test
  void consolePagesAreRoutedToTheirViews() {
    assertEquals(new SiteRouter.Route("/konsol/index.xhtml", null), SiteRouter.route("/konsol"));
    assertEquals(new SiteRouter.Route("/konsol/index.xhtml", null), SiteRouter.route("/konsol/"));
    assertEquals(
        new SiteRouter.Route("/konsol/masuk.xhtml", null), SiteRouter.route("/konsol/masuk"));
    assertEquals(
        new SiteRouter.Route("/konsol/usaha/ubah.xhtml", null),
        SiteRouter.route("/konsol/usaha/ubah"));
    assertEquals(new SiteRouter.Route("/admin/index.xhtml", null), SiteRouter.route("/admin/"));
    assertEquals("/platform/daftar-mfa.xhtml", SiteRouter.consoleView("/platform/daftar-mfa"));
    assertNull(SiteRouter.consoleView("/platform/masuk.xhtml"));
  }
}
