package id.etalase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SiteRouterTest {

  @Test
  void homeAndAssetsAreRouted() {
    assertEquals("/site/home.xhtml", SiteRouter.route("/"));
    assertEquals("/_aset/logo-abc.svg", SiteRouter.route("/aset/logo-abc.svg"));
    assertEquals("/_foto/abc-320.jpg", SiteRouter.route("/foto/abc-320.jpg"));
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
          "//"
        }) {
      assertNull(SiteRouter.route(path), path);
    }
  }
}
