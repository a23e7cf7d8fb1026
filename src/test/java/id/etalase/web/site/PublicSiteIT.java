package id.etalase.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.media.HostileImages;
import id.etalase.testing.Browser;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.DemoData;
import id.etalase.testing.TenantSql;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public site as visitors reach it, over HTTP and in headless Chromium: tenant resolution by
 * domain, subdomain and path, the error pages, branding, language, and isolation at the page level.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteIT {

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // HTTP/2 upgrades drop a custom Host header
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  // --- resolution ------------------------------------------------------------------------------

  @Test
  void rootListsActiveTenantsWithLinks() throws Exception {
    HttpResponse<String> page = get(null, "/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("href=\"/bondowoso/\""), page.body());
    assertTrue(page.body().contains("href=\"/situbondo/\""), page.body());
    assertTrue(page.body().contains("Kabupaten Bondowoso"));
    assertFalse(page.body().contains("ditangguhkan"), "suspended tenants are not listed");
  }

  @Test
  void pathPrefixResolvesEachTenantAndShowsOnlyItsBusinesses() throws Exception {
    DemoData bondowoso = DemoData.of("bondowoso");
    DemoData situbondo = DemoData.of("situbondo");

    String a = get(null, "/bondowoso/").body();
    assertEquals("Kabupaten Bondowoso", h1(a));
    assertTrue(a.contains("data-product=\"batik-tulis-motif-kopi\""), a);
    assertFalse(a.contains("data-product=\"kopi-argopuro-bubuk-200g\""), "B's product on A's home");
    assertTrue(a.contains("data-cluster=\"sentra-batik-tamanan\""), a);
    assertTrue(a.contains("href=\"/bondowoso/kecamatan/tamanan\""), a);
    assertTrue(a.contains(publishedBusinesses("bondowoso") + " UMKM terdaftar"), a);
    for (String name : situbondo.names()) {
      assertFalse(a.contains(name), "Bondowoso's page shows Situbondo's " + name);
    }

    String b = get(null, "/situbondo/").body();
    assertEquals("Kabupaten Situbondo", h1(b));
    assertTrue(b.contains("data-product=\"kopi-argopuro-bubuk-200g\""), b);
    assertFalse(b.contains("batik-tulis-motif-kopi"), "A's product on B's home");
    assertFalse(b.contains("sentra-batik-tamanan"), "A's cluster on B's home");
    assertTrue(b.contains(publishedBusinesses("situbondo") + " UMKM terdaftar"), b);
    for (String name : bondowoso.names()) {
      assertFalse(b.contains(name), "Situbondo's page shows Bondowoso's " + name);
    }
  }

  @Test
  void draftsAreNotShownToVisitors() throws Exception {
    DemoData bondowoso = DemoData.of("bondowoso");
    for (String slug : bondowoso.allSlugs()) {
      int expected = bondowoso.publishedSlugs().contains(slug) ? 200 : 404;
      assertEquals(expected, get(null, "/bondowoso/usaha/" + slug).statusCode(), slug);
    }
  }

  @Test
  void customDomainAndPlatformSubdomainResolveTheTenant() throws Exception {
    HttpResponse<String> custom = get("umkm.bondowosokab.go.id", "/");
    assertEquals(200, custom.statusCode());
    assertEquals("Kabupaten Bondowoso", h1(custom.body()));
    assertTrue(custom.body().contains("src=\"/aset/logo-"), "links have no slug on a tenant host");

    HttpResponse<String> sub = get("situbondo.etalase.test:8080", "/");
    assertEquals(200, sub.statusCode());
    assertEquals("Kabupaten Situbondo", h1(sub.body()));

    // The host wins over the path: on Situbondo's domain, /bondowoso/ is not Bondowoso.
    HttpResponse<String> crossed = get("umkm.situbondokab.go.id", "/bondowoso/");
    assertEquals(404, crossed.statusCode());
  }

  @Test
  void missingSlashIsRedirected() throws Exception {
    HttpResponse<String> r = get(null, "/bondowoso");
    assertEquals(301, r.statusCode());
    assertEquals("/bondowoso/", r.headers().firstValue("Location").orElse(""));
  }

  @Test
  void unknownTenantsGetTheNotFoundPageInIndonesian() throws Exception {
    for (HttpResponse<String> r :
        List.of(
            get(null, "/tidak-ada/"),
            get(null, "/tidak-ada"),
            get("tidak-ada.etalase.test", "/"),
            get(null, "/bondowoso/tidak-ada"))) {
      assertEquals(404, r.statusCode(), r.uri().toString());
      assertTrue(r.body().contains("Halaman tidak ditemukan"), r.body());
      assertNoServerDetails(r);
    }
  }

  @Test
  void suspendedTenantsGetA503NoticeInIndonesian() throws Exception {
    for (HttpResponse<String> r :
        List.of(
            get(null, "/ditangguhkan/"),
            get(null, "/ditangguhkan"),
            get("umkm.ditangguhkan.example", "/"))) {
      assertEquals(503, r.statusCode(), r.uri().toString());
      assertTrue(r.body().contains("sedang dinonaktifkan sementara"), r.body());
      assertTrue(r.body().contains("Kabupaten Contoh Ditangguhkan"), r.body());
      assertTrue(r.headers().firstValue("Retry-After").isPresent());
      assertNoServerDetails(r);
    }
  }

  @Test
  void hostileRequestsGetClientErrorsWithoutDetails() throws Exception {
    List<String> paths =
        List.of(
            "/bondowoso/aset/..%2F..%2FWEB-INF%2Fweb.xml",
            "/bondowoso/aset/%00",
            "/%27%20OR%201%3D1--/",
            "/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
            "/site/home.xhtml",
            "/WEB-INF/web.xml",
            "/_aset/logo.svg",
            "/bondowoso/" + "a".repeat(4000));
    for (String path : paths) {
      HttpResponse<String> r = get(null, path);
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
      assertNoServerDetails(r);
      assertFalse(r.body().contains("<script>alert(1)"), "reflected markup for " + path);
    }
    HttpResponse<String> weirdHost = get("<script>.etalase.test", "/");
    assertTrue(weirdHost.statusCode() < 500, "weird host -> " + weirdHost.statusCode());
    assertEquals(200, get(null, "/health/ready").statusCode(), "the server is still up");
  }

  // --- assets are per tenant --------------------------------------------------------------------

  @Test
  void tenantAssetsAreServedImmutableAndOnlyUnderTheirTenant() throws Exception {
    String page = get(null, "/bondowoso/").body();
    Matcher logo = Pattern.compile("src=\"/bondowoso/aset/(logo-[0-9a-f]+\\.svg)\"").matcher(page);
    assertTrue(logo.find(), page);
    HttpResponse<String> asset = get(null, "/bondowoso/aset/" + logo.group(1));
    assertEquals(200, asset.statusCode());
    assertEquals("image/svg+xml", asset.headers().firstValue("Content-Type").orElse(""));
    assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    assertEquals(404, get(null, "/situbondo/aset/" + logo.group(1)).statusCode());
  }

  // --- catalog pages

  @Test
  void productAndBusinessPagesShowThePublishedCatalogWithOneTapContact() throws Exception {
    HttpResponse<String> product = get(null, "/bondowoso/produk/batik-tulis-motif-kopi");
    assertEquals(200, product.statusCode());
    String html = product.body();
    assertTrue(html.contains("<h1 id=\"product-name\">Batik Tulis Motif Daun Kopi</h1>"), html);
    assertTrue(html.contains("Rp450.000 – Rp750.000"), html);
    // Contact links go through the lead redirect (TrafficIT), which sends the visitor on.
    Matcher whatsapp = Pattern.compile("id=\"whatsapp\" href=\"([^\"]+)\"").matcher(html);
    assertTrue(whatsapp.find(), html);
    String chat = get(null, whatsapp.group(1)).headers().firstValue("Location").orElse("");
    assertTrue(chat.startsWith("https://wa.me/6281234901123?text=Halo%2C%20saya%20tertarik"), chat);
    assertTrue(chat.contains("Direktori%20UMKM%20Kabupaten%20Bondowoso"), "names the directory");
    Matcher call = Pattern.compile("id=\"call\" href=\"([^\"]+)\"").matcher(html);
    assertTrue(call.find(), html);
    assertEquals(
        "tel:+6281234901123", get(null, call.group(1)).headers().firstValue("Location").orElse(""));
    assertTrue(
        html.contains(
            "<link rel=\"canonical\" href=\"https://umkm.bondowosokab.go.id/produk/batik-tulis-motif-kopi\""),
        html);
    assertTrue(html.contains("property=\"og:title\""), html);
    assertTrue(html.contains("Kec. Tamanan"), html);

    HttpResponse<String> business = get(null, "/bondowoso/usaha/batik-sekar-tamanan");
    assertEquals(200, business.statusCode());
    assertTrue(
        business.body().contains("data-product=\"batik-tulis-motif-kopi\""), business.body());
    assertTrue(business.body().contains("SNI"), business.body());
    assertTrue(
        business.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.startsWith("JSESSIONID")));
  }

  @Test
  void unpublishedUnknownAndOtherTenantsCatalogSlugsAre404() throws Exception {
    for (String path :
        List.of(
            "/bondowoso/produk/keranjang-anyaman-bambu", // its business is a draft
            "/bondowoso/usaha/anyaman-bambu-wonosari", // a draft
            "/bondowoso/produk/tidak-ada",
            "/situbondo/produk/batik-tulis-motif-kopi", // Bondowoso's
            "/situbondo/usaha/batik-sekar-tamanan",
            "/bondowoso/produk/kopi-argopuro-bubuk-200g", // Situbondo's
            "/bondowoso/produk/%27%20OR%201%3D1--")) {
      HttpResponse<String> r = get(null, path);
      assertEquals(404, r.statusCode(), path);
      assertTrue(r.body().contains("Halaman tidak ditemukan"), path);
      assertNoServerDetails(r);
    }
    assertEquals(
        404, get("umkm.situbondokab.go.id", "/produk/batik-tulis-motif-kopi").statusCode());
  }

  @Test
  void searchFindsTyposCountsFacetsAndStaysInTheTenant() throws Exception {
    String a = get(null, "/bondowoso/cari?q=batk+tamanan").body();
    assertEquals(List.of("batik-tulis-motif-kopi"), listedSlugs(a));
    assertTrue(a.contains("1 produk ditemukan"), a);
    String b = get(null, "/situbondo/cari?q=batk+tamanan").body();
    assertEquals(List.of(), listedSlugs(b));
    assertTrue(b.contains("0 produk ditemukan"), b);
    String browseB = get(null, "/situbondo/cari").body();
    assertFalse(browseB.contains("batik-fesyen\""), "A's category counted under B");
    assertTrue(browseB.contains("2 produk ditemukan"), browseB);
    String filtered = get(null, "/bondowoso/cari?kategori=kopi").body();
    assertEquals(List.of("kopi-arabika-ijen-250g"), listedSlugs(filtered));
    String hostile =
        get(
                null,
                "/bondowoso/cari?q=%27%3B+DROP+TABLE+product%3B--&hal=99999&harga=x&urut=%3Cscript%3E")
            .body();
    assertFalse(hostile.contains("<script>"), hostile);
    assertTrue(hostile.contains("produk ditemukan"), hostile);
  }

  @Test
  void aVisitorSearchesWithATypoFiltersAndOrdersOnWhatsAppFromAPhone() throws Exception {
    ChromeDriver browser = Browser.phone(null);
    try {
      browser.get(url("/bondowoso/"));
      browser.findElement(By.id("q")).sendKeys("batk tamanan");
      Browser.follow(browser, By.cssSelector(".search-form button"));
      assertEquals(
          List.of("batik-tulis-motif-kopi"),
          browser.findElements(By.cssSelector(".results li")).stream()
              .map(li -> li.getAttribute("data-product"))
              .toList());

      // Filter by a facet: the category of the match, then back to all of "kopi". On a phone
      // the facets are folded: one tap on their summary first.
      browser.get(url("/bondowoso/cari?q=kopi"));
      browser.findElement(By.cssSelector("#refine > summary")).click();
      Browser.follow(browser, By.cssSelector("[data-facet=category] a[data-value=kopi]"));
      assertTrue(browser.getCurrentUrl().contains("kategori=kopi"), browser.getCurrentUrl());
      assertEquals(
          "on",
          browser
              .findElement(By.cssSelector("[data-facet=category] a[data-value=kopi]"))
              .getAttribute("class"));
      List<WebElement> results = browser.findElements(By.cssSelector(".results li a"));
      assertEquals(1, results.size());
      Browser.follow(browser, results.get(0));

      assertEquals(
          "Kopi Arabika Ijen Sangrai 250 g", browser.findElement(By.id("product-name")).getText());
      browser.get(url("/bondowoso/produk/batik-tulis-motif-kopi"));
      String redirect = browser.findElement(By.id("whatsapp")).getAttribute("href");
      String whatsapp =
          get(null, URI.create(redirect).getRawPath()).headers().firstValue("Location").orElse("");
      assertTrue(whatsapp.startsWith("https://wa.me/6281234901123?text="), whatsapp);
      String message =
          java.net.URLDecoder.decode(
              whatsapp.substring(whatsapp.indexOf("text=") + 5),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(message.contains("Batik Tulis Motif Daun Kopi"), message);
      assertTrue(message.contains("Kabupaten Bondowoso"), message);

      // The JSON-LD parses, in the browser, as a Product with an offer in rupiah.
      Object offer =
          browser.executeScript(
              "const d = JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent);"
                  + " return [d['@type'], d.offers.priceCurrency, d.offers.lowPrice, d.name];");
      assertEquals(List.of("Product", "IDR", 450000L, "Batik Tulis Motif Daun Kopi"), offer);

      // Every image has its size, so nothing moves while it loads.
      for (WebElement img : browser.findElements(By.tagName("img"))) {
        assertTrue(
            img.getAttribute("width") != null && img.getAttribute("height") != null,
            img.getAttribute("src"));
      }
      assertNoHorizontalScroll(browser);
      assertEquals(List.of(), Browser.consoleErrors(browser));
      Browser.follow(browser, By.id("business-link"));
      assertEquals("Batik Sekar Tamanan", browser.findElement(By.id("business-name")).getText());
      assertEquals(List.of(), Browser.consoleErrors(browser));
      assertTrue(browser.manage().getCookieNamed("JSESSIONID") == null, "no session for visitors");
    } finally {
      browser.quit();
    }
  }

  // --- search on a phone -----------------------------------------------------------------------

  @Test
  void onAPhoneTheFacetsAreFoldedAndTheFirstResultShowsWithItsPhotoOnTheFirstScreen()
      throws Exception {
    Photo photo = addPhoto("tape-singkong-bondowoso");
    ChromeDriver browser = Browser.phone(null);
    try {
      browser.get(url("/bondowoso/cari?q=tape+singkong"));
      assertEquals(390L, browser.executeScript("return window.innerWidth"), "a phone's width");
      long screen = (Long) browser.executeScript("return window.innerHeight");
      assertTrue(screen <= 844, "a phone's height: " + screen);

      // Folded: the summary shows, none of the facets' values do.
      WebElement refine = browser.findElement(By.id("refine"));
      WebElement summary = browser.findElement(By.cssSelector("#refine > summary"));
      assertNull(refine.getDomAttribute("open"), "the facets are open on a phone");
      List<WebElement> values = browser.findElements(By.cssSelector("#refine [data-facet] a"));
      assertFalse(values.isEmpty(), "the search has facets");
      assertTrue(visible(browser, summary));
      for (WebElement value : values) {
        assertFalse(visible(browser, value), "shown while folded: " + value.getAttribute("href"));
      }

      // The first result and its photo, on the first screen.
      WebElement first = browser.findElement(By.cssSelector(".results li"));
      assertEquals("tape-singkong-bondowoso", first.getDomAttribute("data-product"));
      WebElement img = first.findElement(By.cssSelector("img.photo"));
      assertTrue(img.getDomAttribute("src").endsWith("/foto/" + photo.hash() + "-320.jpg"));
      String srcset = img.getDomAttribute("srcset");
      assertTrue(
          srcset.contains(photo.hash() + "-320.jpg 320w")
              && srcset.contains(photo.hash() + "-640.jpg 640w"),
          srcset);
      assertTrue(img.getDomAttribute("sizes").endsWith("6.5rem"), img.getDomAttribute("sizes"));
      assertEquals("320", img.getDomAttribute("width"));
      assertEquals("240", img.getDomAttribute("height"));
      assertNull(img.getDomAttribute("loading"), "the first row loads at once");
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(d -> Boolean.TRUE.equals(loaded(browser, img)));
      assertEquals(0L, ((Number) browser.executeScript("return window.scrollY")).longValue());
      assertOnFirstScreen(browser, img);
      assertOnFirstScreen(browser, first.findElement(By.cssSelector(".price")));
      Dimension photoBox = img.getSize();

      // One tap opens them.
      summary.click();
      assertNotNull(refine.getDomAttribute("open"), "one tap did not open the facets");
      for (WebElement value : values) {
        assertTrue(visible(browser, value), "hidden when open: " + value.getAttribute("href"));
      }
      assertNoHorizontalScroll(browser);
      assertEquals(List.of(), Browser.consoleErrors(browser));

      // The home page's card of the product: the same photo, at once among the first three cards
      // (a phone's first screen under the hero), lazily further down.
      browser.get(url("/bondowoso/"));
      List<String> featured =
          browser.findElements(By.cssSelector(".featured li")).stream()
              .map(li -> li.getDomAttribute("data-product"))
              .toList();
      WebElement card =
          browser.findElement(By.cssSelector("[data-product=tape-singkong-bondowoso] img.photo"));
      assertTrue(card.getDomAttribute("src").endsWith("/foto/" + photo.hash() + "-320.jpg"));
      assertEquals(
          featured.indexOf("tape-singkong-bondowoso") < 3 ? null : "lazy",
          card.getDomAttribute("loading"),
          featured.toString());

      // A product without a photo: a neutral box exactly as large as a photo.
      String bare = productWithoutPhoto("situbondo");
      browser.get(url("/situbondo/cari"));
      WebElement bareCard = browser.findElement(By.cssSelector("[data-product=" + bare + "]"));
      assertEquals(List.of(), bareCard.findElements(By.tagName("img")));
      assertEquals(photoBox, bareCard.findElement(By.cssSelector(".photo.none")).getSize());

      // On a wide screen they stand open without a tap.
      browser.manage().window().setSize(new Dimension(1280, 900));
      browser.get(url("/bondowoso/cari?q=tape+singkong"));
      for (WebElement value : browser.findElements(By.cssSelector("#refine [data-facet] a"))) {
        assertTrue(visible(browser, value), "folded on a wide screen: " + value.getText());
      }
    } finally {
      browser.quit();
      removePhoto(photo);
    }
  }

  @Test
  void priceFacetsReadAsRupiahInIndonesianAndInEnglish() throws Exception {
    ChromeDriver browser = Browser.phone(null);
    try {
      browser.get(url("/bondowoso/cari"));
      assertPriceFacets(
          browser,
          "Harga",
          Map.of(
              "0-25000", "di bawah Rp25.000",
              "25000-100000", "Rp25.000–Rp100.000",
              "100000-500000", "Rp100.000–Rp500.000",
              "500000-", "Rp500.000 ke atas"));
      Browser.follow(browser, By.cssSelector("a.lang"));
      assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
      assertPriceFacets(
          browser,
          "Price",
          Map.of(
              "0-25000", "under Rp25,000",
              "25000-100000", "Rp25,000–Rp100,000",
              "100000-500000", "Rp100,000–Rp500,000",
              "500000-", "Rp500,000 and above"));
    } finally {
      browser.quit();
    }
  }

  /**
   * Opens the folded facets with one tap and reads the price facet: each value's label is the
   * expected rupiah range with its count. The demo catalog's prices (tape 25,000, coffee 65,000,
   * batik 450,000) fall in the second and third ranges.
   */
  private static void assertPriceFacets(
      ChromeDriver browser, String title, Map<String, String> labels) {
    browser.findElement(By.cssSelector("#refine > summary")).click();
    assertEquals(
        title,
        browser
            .findElement(By.xpath("//ul[@data-facet='price']/preceding-sibling::h2[1]"))
            .getText());
    List<WebElement> links = browser.findElements(By.cssSelector("[data-facet=price] a"));
    List<String> values = links.stream().map(a -> a.getDomAttribute("data-value")).toList();
    assertTrue(values.containsAll(List.of("25000-100000", "100000-500000")), values.toString());
    for (WebElement link : links) {
      String value = link.getDomAttribute("data-value");
      assertTrue(labels.containsKey(value), "an unknown price range: " + value);
      assertTrue(
          link.getText().matches(Pattern.quote(labels.get(value)) + " \\([0-9]+\\)"),
          value + " reads " + link.getText());
    }
  }

  @Test
  void clusterAndDistrictPagesShowVisitorInformationAndMembers() throws Exception {
    String cluster = get(null, "/bondowoso/sentra/sentra-batik-tamanan").body();
    assertTrue(cluster.contains("<h1 id=\"cluster-name\">Sentra Batik Tamanan</h1>"), cluster);
    assertTrue(cluster.contains("Belajar membatik"), cluster);
    assertTrue(cluster.contains("Rp75.000"), cluster);
    assertTrue(cluster.contains("data-business=\"batik-sekar-tamanan\""), cluster);
    String district = get(null, "/bondowoso/kecamatan/tamanan").body();
    assertTrue(district.contains("Kec. Tamanan"), district);
    assertTrue(district.contains("data-business=\"batik-sekar-tamanan\""), district);
    assertTrue(district.contains("data-product=\"batik-tulis-motif-kopi\""), district);
    assertEquals(404, get(null, "/situbondo/sentra/sentra-batik-tamanan").statusCode());
    assertEquals(404, get(null, "/situbondo/kecamatan/tamanan").statusCode(), "not in Situbondo");
    assertEquals(200, get(null, "/situbondo/kecamatan/besuki").statusCode());
    assertFalse(
        get(null, "/situbondo/kecamatan/besuki").body().contains("batik-sekar-tamanan"),
        "A's business under B's kecamatan");
  }

  @Test
  void aBusyKecamatanIsPagedAndLinksToTheSearchForAllItsProducts() throws Exception {
    // 50 published businesses in Situbondo's Panji, each with one product: 48 on a page.
    try (Connection db = TenantSql.as("situbondo");
        PreparedStatement business =
            db.prepareStatement(
                "INSERT INTO business (tenant_id, id, slug, name, status, district_code)"
                    + " VALUES (current_setting('app.tenant_id')::bigint, nextval('business_id_seq'),"
                    + " ?, ?, 'PUBLISHED', '35.12.08')");
        PreparedStatement product =
            db.prepareStatement(
                "INSERT INTO product (tenant_id, id, business_id, slug, name, status, search_text,"
                    + " price_negotiable, availability, featured)"
                    + " SELECT tenant_id, nextval('catalog_id_seq'), id, slug || '-produk', name,"
                    + " 'PUBLISHED', name, false, 'READY', false FROM business WHERE slug = ?")) {
      for (int i = 1; i <= 50; i++) {
        String slug = String.format("usaha-uji-panji-%02d", i);
        business.setString(1, slug);
        business.setString(2, String.format("Usaha Uji Panji %02d", i));
        business.executeUpdate();
        product.setString(1, slug);
        product.executeUpdate();
      }
      db.commit();
    }
    try {
      long businesses = publicSlugs("situbondo", DISTRICT_BUSINESSES).size();
      long products = publicSlugs("situbondo", DISTRICT_PRODUCTS).size();
      assertTrue(businesses >= 50 && businesses <= 96, "two pages: " + businesses);

      String first = get(null, "/situbondo/kecamatan/panji").body();
      String second = get(null, "/situbondo/kecamatan/panji?hal=2").body();
      List<String> one = dataBusinesses(first);
      List<String> two = dataBusinesses(second);
      assertEquals(48, one.size(), first);
      assertEquals(businesses - 48, two.size(), second);
      assertEquals(Set.copyOf(publicSlugs("situbondo", DISTRICT_BUSINESSES)), union(one, two));
      assertTrue(first.contains("rel=\"next\" href=\"/situbondo/kecamatan/panji?hal=2\""), first);
      assertFalse(first.contains("rel=\"prev\""), first);
      assertTrue(second.contains("rel=\"prev\" href=\"/situbondo/kecamatan/panji\""), second);
      assertTrue(second.contains("halaman 2 dari 2"), second);
      assertTrue(
          Pattern.compile(
                  "rel=\"canonical\" href=\"https?://[^\"/]+(/situbondo)?/kecamatan/panji\\?hal=2\"")
              .matcher(second)
              .find(),
          second);
      // The first products, and a link to the search for all of them.
      assertTrue(first.contains("href=\"/situbondo/cari?kecamatan=35.12.08\""), first);
      assertTrue(first.contains("Lihat semua " + products + " produk"), first);
      assertTrue(first.split("data-product=").length - 1 <= 24, first);
      // Pages that do not exist, and tampered numbers.
      for (String page : new String[] {"3", "0", "-1", "abc", "99999", "1%27%20OR%201=1"}) {
        HttpResponse<String> r = get(null, "/situbondo/kecamatan/panji?hal=" + page);
        assertEquals(404, r.statusCode(), page);
      }
      // Bondowoso's Tamanan has one page; Situbondo's businesses are on none of its pages.
      assertEquals(404, get(null, "/bondowoso/kecamatan/tamanan?hal=2").statusCode());
      assertFalse(get(null, "/bondowoso/kecamatan/tamanan").body().contains("usaha-uji-panji"));
    } finally {
      try (Connection db = TenantSql.as("situbondo");
          Statement delete = db.createStatement()) {
        delete.executeUpdate("DELETE FROM product WHERE slug LIKE 'usaha-uji-panji-%'");
        delete.executeUpdate("DELETE FROM business WHERE slug LIKE 'usaha-uji-panji-%'");
        db.commit();
      }
    }
  }

  private static final String DISTRICT_BUSINESSES =
      "SELECT slug FROM business WHERE status = 'PUBLISHED' AND district_code = '35.12.08'"
          + " AND tenant_id = (SELECT id FROM tenant WHERE slug = ?)";
  private static final String DISTRICT_PRODUCTS =
      "SELECT p.slug FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
          + " AND b.id = p.business_id WHERE p.status = 'PUBLISHED' AND b.status = 'PUBLISHED'"
          + " AND b.district_code = '35.12.08' AND p.tenant_id = (SELECT id FROM tenant WHERE slug = ?)";

  private static List<String> dataBusinesses(String html) {
    List<String> slugs = new java.util.ArrayList<>();
    java.util.regex.Matcher m = Pattern.compile("data-business=\"([^\"]+)\"").matcher(html);
    while (m.find()) {
      slugs.add(m.group(1));
    }
    return slugs;
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    assertEquals(a.size() + b.size(), all.size(), "a business on both pages");
    return all;
  }

  @Test
  void sitemapRobotsQrCodesAndStructuredDataUseCanonicalUrls() throws Exception {
    // Every file of the index, as <loc> elements.
    String sitemap =
        sitemapUrls("bondowoso").stream()
            .map(u -> "<loc>" + u + "</loc>")
            .collect(java.util.stream.Collectors.joining("\n"));
    assertTrue(
        sitemap.contains(
            "<loc>https://umkm.bondowosokab.go.id/produk/batik-tulis-motif-kopi</loc>"),
        sitemap);
    assertTrue(
        sitemap.contains("<loc>https://umkm.bondowosokab.go.id/kecamatan/tamanan</loc>"), sitemap);
    assertFalse(
        sitemap.contains("keranjang-anyaman-bambu"), "an unpublished product in the sitemap");
    assertFalse(sitemap.contains("kopi-argopuro"), "B's product in A's sitemap");
    assertTrue(
        get(null, "/bondowoso/sitemap.xml")
            .body()
            .contains("<loc>https://umkm.bondowosokab.go.id/sitemap-halaman.xml</loc>"));
    String robots = get(null, "/bondowoso/robots.txt").body();
    assertTrue(robots.contains("Sitemap: https://umkm.bondowosokab.go.id/sitemap.xml"), robots);

    HttpResponse<byte[]> png =
        http.send(
            request(null, "/bondowoso/qr/produk/batik-tulis-motif-kopi.png").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, png.statusCode());
    assertEquals(
        "https://umkm.bondowosokab.go.id/produk/batik-tulis-motif-kopi", decodeQr(png.body()));
    HttpResponse<String> svg = get(null, "/bondowoso/qr/usaha/batik-sekar-tamanan.svg");
    assertEquals(200, svg.statusCode());
    assertTrue(svg.body().startsWith("<svg"), svg.body());
    assertEquals(404, get(null, "/situbondo/qr/produk/batik-tulis-motif-kopi.png").statusCode());
    assertEquals(404, get(null, "/bondowoso/qr/produk/keranjang-anyaman-bambu.png").statusCode());

    String product = get(null, "/bondowoso/produk/batik-tulis-motif-kopi").body();
    assertTrue(product.contains("\"@type\":\"AggregateOffer\""), product);
    assertTrue(product.contains("\"priceCurrency\":\"IDR\""), product);
    String business = get(null, "/bondowoso/usaha/batik-sekar-tamanan").body();
    assertTrue(business.contains("\"@type\":\"LocalBusiness\""), business);
    assertTrue(business.contains("\"telephone\":\"+6281234901123\""), business);
  }

  @Test
  void pagesCarryAnETagAndAnswerRevalidationWith304() throws Exception {
    HttpResponse<String> first = get(null, "/bondowoso/produk/batik-tulis-motif-kopi");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        http.send(
            request(null, "/bondowoso/produk/batik-tulis-motif-kopi")
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    HttpResponse<String> english =
        http.send(
            request(null, "/bondowoso/produk/batik-tulis-motif-kopi?lang=en")
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, english.statusCode(), "another language is another page");
    assertTrue(get(null, "/bondowoso/").headers().firstValue("ETag").isPresent());
  }

  private static String decodeQr(byte[] png) throws Exception {
    java.awt.image.BufferedImage image =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    com.google.zxing.LuminanceSource source =
        new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    return new com.google.zxing.qrcode.QRCodeReader()
        .decode(
            new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source)))
        .getText();
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        List.of("/", "/bondowoso/", "/bondowoso/produk/batik-tulis-motif-kopi", "/tidak-ada/")) {
      HttpResponse<String> r = get(null, path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(
          csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"),
          path + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
      assertTrue(
          r.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }
    HttpResponse<String> proxied =
        http.send(
            request(null, "/bondowoso/").header("X-Forwarded-Proto", "https").build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        proxied.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
  }

  // --- health
  // -------------------------------------------------------------------------------------

  @Test
  void healthReportsLiveAndReadyWithTheDatabase() throws Exception {
    HttpResponse<String> live = get(null, "/health/live");
    assertEquals(200, live.statusCode());
    HttpResponse<String> ready = get(null, "/health/ready");
    assertEquals(200, ready.statusCode());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertTrue(ready.body().contains("\"migrated\":\"true\""), ready.body());
    // The same on a tenant's host: health is the platform's, not the tenant's.
    assertEquals(200, get("umkm.bondowosokab.go.id", "/health/ready").statusCode());
  }

  // --- language -------------------------------------------------------------------------------

  @Test
  void indonesianFirstEnglishOnRequestRememberedInACookieWithoutASession() throws Exception {
    HttpResponse<String> id = get(null, "/bondowoso/");
    assertTrue(id.body().contains("lang=\"id\""), id.body());
    assertTrue(id.body().contains("Produk pilihan"));
    assertTrue(
        id.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));

    HttpResponse<String> en = get(null, "/bondowoso/?lang=en");
    assertTrue(en.body().contains("lang=\"en\""));
    assertTrue(en.body().contains("Featured products"), en.body());
    String cookie =
        en.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("lang=en"))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"));

    HttpResponse<String> remembered =
        http.send(
            request(null, "/situbondo/").header("Cookie", "lang=en").build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(remembered.body().contains("Featured products"));
    assertNotEquals(-1, get(null, "/bondowoso/?lang=xx").body().indexOf("lang=\"id\""));
  }

  // --- in the browser ---------------------------------------------------------------------------

  @Test
  void eachTenantHomeIsBrandedAndWorksOnAPhone() throws Exception {
    ChromeDriver browser = Browser.phone("MAP *.etalase.test " + base.getHost());
    try {
      browser.get(url("/bondowoso/"));
      assertEquals("Kabupaten Bondowoso", browser.findElement(By.id("tenant-name")).getText());
      assertEquals("rgba(74, 44, 29, 1)", css(browser, ".masthead", "background-color"));
      assertImageLoaded(browser, "img.logo");
      assertImageLoaded(browser, "img.hero-image");
      assertNoHorizontalScroll(browser);
      assertEquals(List.of(), Browser.consoleErrors(browser));

      Browser.follow(browser, By.cssSelector("a.lang"));
      assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
      assertTrue(browser.findElement(By.tagName("body")).getText().contains("Featured products"));
      browser.manage().deleteAllCookies();

      String sub = "http://situbondo.etalase.test:" + base.getPort() + "/";
      browser.get(sub);
      assertEquals("Kabupaten Situbondo", browser.findElement(By.id("tenant-name")).getText());
      assertEquals("rgba(11, 84, 112, 1)", css(browser, ".masthead", "background-color"));
      assertImageLoaded(browser, "img.logo");
      assertEquals(List.of(), Browser.consoleErrors(browser));
      assertTrue(browser.manage().getCookieNamed("JSESSIONID") == null, "no session for visitors");
    } finally {
      browser.quit();
    }
  }

  @Test
  void theSitemapIsAnIndexOfSmallFilesThatListEveryPublicPageOnce() throws Exception {
    for (String tenant : List.of("bondowoso", "situbondo")) {
      List<String> urls = sitemapUrls(tenant);
      assertEquals(new java.util.HashSet<>(urls).size(), urls.size(), tenant + ": each page once");
      // Every published product of a published business, and every published business.
      for (String slug : publicSlugs(tenant, PRODUCT_PAGES)) {
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/produk/" + slug)), tenant + slug);
      }
      for (String slug : publicSlugs(tenant, BUSINESS_PAGES)) {
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/usaha/" + slug)), tenant + slug);
      }
      long products = urls.stream().filter(u -> u.contains("/produk/")).count();
      long businesses = urls.stream().filter(u -> u.contains("/usaha/")).count();
      assertEquals(publicSlugs(tenant, PRODUCT_PAGES).size(), products, tenant);
      assertEquals(publicSlugs(tenant, BUSINESS_PAGES).size(), businesses, tenant);
    }
    // Neither lists the other's pages.
    assertTrue(
        sitemapUrls("situbondo").stream().noneMatch(u -> u.contains("batik-tulis-motif-kopi")));
    // Files the index does not name are not there.
    for (String path :
        List.of(
            "/bondowoso/sitemap-produk-999.xml",
            "/bondowoso/sitemap-produk-0.xml",
            "/bondowoso/sitemap-foto-1.xml")) {
      assertEquals(404, get(null, path).statusCode(), path);
    }
    // Gzipped for a client that asks for it, the same document.
    HttpResponse<byte[]> zipped =
        http.send(
            request(null, "/bondowoso/sitemap-produk-1.xml")
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
    assertEquals(
        get(null, "/bondowoso/sitemap-produk-1.xml").body(),
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8));
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private HttpRequest.Builder request(String host, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    if (host != null) {
      builder.header("Host", host);
    }
    return builder;
  }

  private HttpResponse<String> get(String host, String path)
      throws IOException, InterruptedException {
    return http.send(request(host, path).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A tenant's published businesses as the database counts them, past row-level security: the demo
   * catalog's, and any that other classes on this shared server published.
   */
  private static long publishedBusinesses(String tenant) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getenv("ETALASE_DB_URL"),
                System.getenv("ETALASE_TEST_DB_ADMIN_USER"),
                System.getenv("ETALASE_TEST_DB_ADMIN_PASSWORD"));
        PreparedStatement count =
            db.prepareStatement(
                "SELECT count(*) FROM business WHERE status = 'PUBLISHED'"
                    + " AND tenant_id = (SELECT id FROM tenant WHERE slug = ?)")) {
      count.setString(1, tenant);
      try (ResultSet r = count.executeQuery()) {
        r.next();
        long published = r.getLong(1);
        assertTrue(published >= DemoData.of(tenant).publishedSlugs().size(), tenant);
        return published;
      }
    }
  }

  private static void assertNoServerDetails(HttpResponse<String> r) {
    for (String leak : List.of("Exception", "at id.etalase", "Payara Micro 6", "StackTrace")) {
      assertFalse(r.body().contains(leak), r.uri() + " shows " + leak + ": " + r.body());
    }
  }

  private static String h1(String html) {
    Matcher m = Pattern.compile("<h1 id=\"tenant-name\">([^<]*)</h1>").matcher(html);
    assertTrue(m.find(), html);
    return m.group(1);
  }

  private static List<String> listedSlugs(String html) {
    Matcher m = Pattern.compile("data-product=\"([^\"]+)\"").matcher(html);
    List<String> slugs = new java.util.ArrayList<>();
    while (m.find()) {
      slugs.add(m.group(1));
    }
    return slugs;
  }

  private static String css(ChromeDriver browser, String selector, String property) {
    return browser.findElement(By.cssSelector(selector)).getCssValue(property);
  }

  private static void assertImageLoaded(ChromeDriver browser, String selector) {
    WebElement image = browser.findElement(By.cssSelector(selector));
    Object width = browser.executeScript("return arguments[0].naturalWidth", image);
    assertTrue(((Number) width).intValue() > 0, selector + " did not load");
  }

  /** Whether the browser draws the element: not in a folded details element, not display:none. */
  private static boolean visible(ChromeDriver browser, WebElement element) {
    return Boolean.TRUE.equals(
        browser.executeScript("return arguments[0].checkVisibility()", element));
  }

  private static Object loaded(ChromeDriver browser, WebElement img) {
    return browser.executeScript(
        "return arguments[0].complete && arguments[0].naturalWidth > 0", img);
  }

  /** The element lies wholly within the first screen, without scrolling. */
  private static void assertOnFirstScreen(ChromeDriver browser, WebElement element) {
    Object inside =
        browser.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
            element);
    assertEquals(Boolean.TRUE, inside, element.getTagName() + " is below the first screen");
  }

  /** A photo this class added, by its row id and content hash. */
  private record Photo(long id, String hash) {}

  /**
   * Adds a photo to a published product of Bondowoso through the console, as this class's own
   * operator: staff's photos show at once, and the product's first becomes its primary photo.
   */
  private Photo addPhoto(String productSlug) throws Exception {
    ConsoleClient operator = new ConsoleClient(base, "10.51.0.9");
    ConsoleClient.Page home =
        operator.signIn(
            "/bondowoso/konsol/masuk",
            "situs.operator@bondowoso.etalase.id",
            System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD"));
    assertTrue(home.path().endsWith("/konsol/"), home.path());
    long product;
    try (Connection db = TenantSql.as("bondowoso");
        PreparedStatement q = db.prepareStatement("SELECT id FROM product WHERE slug = ?")) {
      q.setString(1, productSlug);
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next(), productSlug);
        product = r.getLong(1);
      }
    }
    ConsoleClient.Page edit = operator.get("/bondowoso/konsol/produk/ubah?id=" + product);
    assertEquals(200, edit.status());
    ConsoleClient.Page uploaded =
        operator.upload(
            edit,
            "photos",
            "upload",
            "tape.jpg",
            "image/jpeg",
            HostileImages.withComment(HostileImages.photo(1600, 1200), "PublicSiteIT " + product));
    assertEquals(200, uploaded.status(), uploaded.body());
    try (Connection db = TenantSql.as("bondowoso");
        PreparedStatement q =
            db.prepareStatement(
                "SELECT id, hash, is_primary FROM photo WHERE product_id = ? ORDER BY id DESC"
                    + " LIMIT 1")) {
      q.setLong(1, product);
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next(), "no photo stored: " + uploaded.text());
        assertTrue(r.getBoolean(3), "the product had a photo already");
        return new Photo(r.getLong(1), r.getString(2));
      }
    }
  }

  /** Takes this class's photo off the demo product again, for the other classes. */
  private static void removePhoto(Photo photo) throws SQLException {
    try (Connection db = TenantSql.as("bondowoso");
        PreparedStatement delete = db.prepareStatement("DELETE FROM photo WHERE id = ?")) {
      delete.setLong(1, photo.id());
      assertEquals(1, delete.executeUpdate());
      db.commit();
    }
  }

  /** A public product of the tenant without any photo visitors see, by its slug. */
  private static String productWithoutPhoto(String tenant) throws SQLException {
    try (Connection db = TenantSql.as(tenant);
        PreparedStatement q =
            db.prepareStatement(
                "SELECT p.slug FROM product p JOIN business b ON b.id = p.business_id"
                    + " WHERE p.status = 'PUBLISHED' AND b.status = 'PUBLISHED' AND NOT EXISTS"
                    + " (SELECT 1 FROM photo f WHERE f.product_id = p.id AND NOT f.pending)"
                    + " ORDER BY p.slug LIMIT 1");
        ResultSet r = q.executeQuery()) {
      assertTrue(r.next(), tenant + " has no public product without a photo for this test");
      return r.getString(1);
    }
  }

  private static void assertNoHorizontalScroll(ChromeDriver browser) {
    Object overflow =
        browser.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertEquals(Boolean.FALSE, overflow, "the page scrolls sideways on a phone");
  }

  static final String PRODUCT_PAGES =
      "SELECT p.slug FROM product p JOIN business b ON b.tenant_id = p.tenant_id"
          + " AND b.id = p.business_id WHERE p.status = 'PUBLISHED' AND b.status = 'PUBLISHED'"
          + " AND p.tenant_id = (SELECT id FROM tenant WHERE slug = ?)";
  static final String BUSINESS_PAGES =
      "SELECT slug FROM business WHERE status = 'PUBLISHED'"
          + " AND tenant_id = (SELECT id FROM tenant WHERE slug = ?)";

  /** The slugs a query finds for a tenant, past row-level security. */
  private static List<String> publicSlugs(String tenant, String query) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getenv("ETALASE_DB_URL"),
                System.getenv("ETALASE_TEST_DB_ADMIN_USER"),
                System.getenv("ETALASE_TEST_DB_ADMIN_PASSWORD"));
        PreparedStatement q = db.prepareStatement(query)) {
      q.setString(1, tenant);
      List<String> slugs = new java.util.ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          slugs.add(r.getString(1));
        }
      }
      return slugs;
    }
  }

  /**
   * Every URL of a tenant's sitemap: its index, then each file the index names (on the test server,
   * whatever domain the canonical URL names), each of at most the configured number of URLs.
   */
  private List<String> sitemapUrls(String tenant) throws Exception {
    int perFile = Integer.parseInt(System.getenv("ETALASE_SITEMAP_URLS_PER_FILE"));
    List<String> urls = new java.util.ArrayList<>();
    String index = get(null, "/" + tenant + "/sitemap.xml").body();
    assertTrue(index.contains("<sitemapindex"), index);
    Matcher files = Pattern.compile("<loc>([^<]+)</loc>").matcher(index);
    while (files.find()) {
      String path = URI.create(files.group(1)).getPath();
      if (!path.startsWith("/" + tenant + "/")) {
        path = "/" + tenant + path;
      }
      HttpResponse<String> file = get(null, path);
      assertEquals(200, file.statusCode(), path);
      assertTrue(file.body().contains("<urlset"), file.body());
      Matcher locs = Pattern.compile("<loc>([^<]+)</loc>").matcher(file.body());
      int count = 0;
      while (locs.find()) {
        urls.add(locs.group(1));
        count++;
      }
      assertTrue(count <= perFile, path + " has " + count + " URLs");
    }
    return urls;
  }
}
