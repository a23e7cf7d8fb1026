package id.etalase.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.common.NotAllowedException;
import id.etalase.media.HostileImages;
import id.etalase.onboarding.BrandingDraft;
import id.etalase.onboarding.TenantBrandingService;
import id.etalase.tenant.AssetKind;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantLoader;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.testing.Actors;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import id.etalase.testing.DemoData;
import id.etalase.testing.TenantFolders;
import id.etalase.testing.TenantSql;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The government console's branding page over HTTP: a draft with a preview that changes nothing
 * public until it is published, hostile input refused with nothing written, the borders between
 * roles and tenants, and the rule that a console edit outlives a restart unless the tenant's folder
 * changed. The HTTP tests run as a client (they share signed-in MFA secrets with the other console
 * tests); the loader test runs in the server.
 */
@ExtendWith(ArquillianExtension.class)
class BrandingIT {

  static final String PASSWORD = System.getenv("ETALASE_ACCOUNTS_INITIAL_PASSWORD");

  @ArquillianResource URL base;

  @Inject TenantBrandingService branding;
  @Inject TenantDirectory directory;
  @Inject TenantLoader loader;

  // --- over HTTP -------------------------------------------------------------------------------

  private ConsoleClient admin(String slug) throws Exception {
    ConsoleClient admin = new ConsoleClient(base, "10.4.0." + (int) (Math.random() * 250));
    Page in =
        admin.signInWithMfa(
            "/" + slug + "/konsol/masuk", "merek.admin@" + slug + ".etalase.id", PASSWORD);
    assertEquals("/" + slug + "/admin/", in.path(), in.text());
    return admin;
  }

  /** The fields of the branding form as the page shows them, to post back with changes. */
  static Map<String, String> fields(Page page) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name :
        List.of(
            "primaryColour",
            "secondaryColour",
            "accentColour",
            "officeName",
            "officePhone",
            "officeWhatsapp",
            "officeEmail",
            "officeWebsite")) {
      fields.put(
          name,
          page.find("id=\"brand:" + name + "\"[^>]*value=\"([^\"]*)\"")
              .or(() -> page.find("value=\"([^\"]*)\"[^>]*id=\"brand:" + name + "\""))
              .map(BrandingIT::unescape)
              .orElse(""));
    }
    for (String name : List.of("tagline", "officeAddress", "domains")) {
      fields.put(
          name,
          page.find("id=\"brand:" + name + "\"[^>]*>([^<]*)</textarea>")
              .map(BrandingIT::unescape)
              .orElse(""));
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .strip();
  }

  private String publicHome(String slug) throws Exception {
    Page home = new ConsoleClient(base, "10.4.9.9").get("/" + slug + "/");
    assertEquals(200, home.status());
    return home.body();
  }

  @Test
  @RunAsClient
  void aDraftIsPreviewedAndOnlyPublishingChangesThePublicSite() throws Exception {
    try {
      ConsoleClient admin = admin("situbondo");
      String before = publicHome("situbondo");
      String bondowosoBefore = publicHome("bondowoso");
      Page page = admin.get("/situbondo/admin/merek");
      assertEquals(200, page.status());
      assertTrue(page.body().contains("id=\"nav-branding\""), page.body());
      Map<String, String> form = fields(page);
      assertEquals("#0b5470", form.get("primaryColour"));
      assertTrue(form.get("domains").contains("umkm.situbondokab.go.id"), form.toString());

      Page logo =
          admin.upload(page, "images", "logo", "logo.png", "image/png", png(300, 300, 0x1a2b3c));
      assertTrue(logo.text().contains("Gambar siap di pratinjau"), logo.body());
      assertTrue(logo.body().contains("id=\"preview-logo\""), logo.body());
      assertTrue(logo.body().contains("src=\"data:image/png;base64,"), logo.body());
      Page hero =
          admin.upload(
              page, "images", "hero", "pantai.jpg", "image/jpeg", HostileImages.photo(1200, 500));
      assertTrue(hero.text().contains("Gambar siap di pratinjau"), hero.body());
      assertTrue(hero.body().contains("src=\"data:image/jpeg;base64,"), hero.body());

      String tagline = "Pantai Pasir Putih dan kopi Argopuro " + System.nanoTime() % 10000;
      form.put("primaryColour", "#1A2B3C"); // upper case is normalised
      form.put("secondaryColour", "f0f4f8"); // so is a missing hash
      form.put("accentColour", "#C2410C");
      form.put("tagline", tagline);
      form.put("officeName", "Dinas Koperasi dan UMKM Situbondo");
      form.put("officePhone", "0338 671254");
      form.put("officeWhatsapp", "0852 3390 4418");
      form.put("officeEmail", "umkm@situbondokab.go.id");
      form.put("officeWebsite", "https://umkm.situbondokab.go.id");
      form.put("domains", "umkm.situbondokab.go.id\netalase.situbondo.test");
      Page preview = admin.ajax(page, "brand", "brand:previewButton", form);
      assertTrue(preview.text().contains("Pratinjau diperbarui"), preview.body());
      assertTrue(preview.body().contains("--brand:#1a2b3c"), preview.body());
      assertTrue(preview.body().contains("--accent:#c2410c"), preview.body());
      assertTrue(preview.body().contains(tagline), preview.body());
      assertTrue(preview.body().contains("Draf: belum diterbitkan"), preview.body());

      // Nothing public changed yet.
      assertEquals(before, publicHome("situbondo"));

      Page published = admin.ajax(page, "brand", "brand:publish", form);
      assertTrue(published.text().contains("Merek diterbitkan"), published.body());

      String after = publicHome("situbondo");
      assertTrue(after.contains("--brand:#1a2b3c"), after);
      assertTrue(after.contains("--brand-soft:#f0f4f8"), after);
      assertTrue(after.contains("--accent:#c2410c"), after);
      assertTrue(after.contains(tagline), after);
      assertTrue(after.contains("Dinas Koperasi dan UMKM Situbondo"), after);
      assertTrue(after.contains("+62338671254"), after);
      String logoFile =
          new ConsoleClient.Page(200, URI.create(base.toString()), null, after, List.of())
              .find("src=\"/situbondo/aset/(logo-[0-9a-f]{16}\\.png)\"")
              .orElseThrow(() -> new AssertionError("no new PNG logo in " + after));
      assertTrue(after.contains("/situbondo/aset/hero-"), after);
      // The raster hero has narrower copies for phones (HeroImages): 480 and 800 px besides itself.
      String heroFile =
          new ConsoleClient.Page(200, URI.create(base.toString()), null, after, List.of())
              .find("src=\"/situbondo/aset/(hero-[0-9a-f]{16})\\.jpg\"")
              .orElseThrow(() -> new AssertionError("no new JPEG hero in " + after));
      String heroes = "/situbondo/aset/" + heroFile;
      assertTrue(
          after.contains(
              "srcset=\""
                  + heroes
                  + "-480.jpg 480w, "
                  + heroes
                  + "-800.jpg 800w, "
                  + heroes
                  + ".jpg 1200w\" sizes=\"100vw\" width=\"1200\" height=\"500\""),
          after);
      HttpResponse<byte[]> copy = bytes(null, heroes + "-800.jpg");
      assertEquals(200, copy.statusCode());
      assertEquals("image/jpeg", copy.headers().firstValue("Content-Type").orElse(""));
      assertTrue(copy.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
      BufferedImage narrower = ImageIO.read(new ByteArrayInputStream(copy.body()));
      assertEquals(800, narrower.getWidth());
      assertEquals(333, narrower.getHeight());
      assertTrue(
          copy.body().length < bytes(null, heroes + ".jpg").body().length, "smaller than the hero");
      assertEquals(404, bytes(null, heroes + "-1200.jpg").statusCode(), "no wider copy");
      assertEquals(404, bytes(null, heroes + "-640.jpg").statusCode(), "not a width offered");
      assertEquals(
          404, bytes(null, "/bondowoso/aset/" + heroFile + "-800.jpg").statusCode(), "A's URL");
      HttpResponse<byte[]> image = bytes(null, "/situbondo/aset/" + logoFile);
      assertEquals(200, image.statusCode());
      assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
      assertEquals(300, decoded.getWidth());
      // The new domain is only claimed: it serves nothing until it is proven (CustomDomainIT).
      // The verified one still serves the tenant.
      assertEquals(404, bytes("etalase.situbondo.test", "/").statusCode());
      assertEquals(200, bytes("umkm.situbondokab.go.id", "/").statusCode());
      // Another tenant is untouched.
      assertEquals(bondowosoBefore, publicHome("bondowoso"));

      // The page shows the published branding again, not a draft.
      Page again = admin.get("/situbondo/admin/merek");
      assertEquals("#1a2b3c", fields(again).get("primaryColour"));
      assertEquals(
          "Menunggu verifikasi",
          again
              .find("data-domain-status=\"etalase.situbondo.test\"[^>]*>([^<]+)<")
              .orElse(again.text()));
      assertTrue(again.body().contains("Sama dengan yang tampil di situs"), again.body());

      // One audit entry, with the actor and each field before and after.
      String changes = lastBrandingAudit("situbondo");
      assertTrue(
          changes.contains("\"primaryColour\":{\"before\":\"#0b5470\",\"after\":\"#1a2b3c\"}"),
          changes);
      assertTrue(changes.contains("\"tagline\""), changes);
      assertTrue(changes.contains("etalase.situbondo.test"), changes);
      assertTrue(changes.contains("\"logo\":{\"before\":\"logo-"), changes);
      assertTrue(changes.contains("\"hero\""), changes);
      Page audit = admin.get("/situbondo/admin/audit");
      assertTrue(audit.text().contains("Merek diterbitkan"), audit.text());
    } finally {
      TenantFolders.restore(base, "situbondo");
    }
  }

  @Test
  @RunAsClient
  void hostileInputIsRefusedInIndonesianAndNothingIsWritten() throws Exception {
    ConsoleClient admin = admin("situbondo");
    String before = publicHome("situbondo");
    String rowBefore = tenantRow("situbondo");
    Page page = admin.get("/situbondo/admin/merek");

    // Bytes that claim to be a JPEG.
    Page fake =
        admin.upload(
            page,
            "images",
            "logo",
            "logo.jpg",
            "image/jpeg",
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5});
    assertTrue(fake.text().contains("Gambar logo.jpg ditolak"), fake.body());
    assertTrue(fake.text().contains("rusak"), fake.body());
    // An SVG with a script, even when it says it is a PNG.
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    Page script = admin.upload(page, "images", "logo", "logo.png", "image/png", svg);
    assertTrue(script.text().contains("SVG tidak diterima"), script.body());
    Page svgNamed = admin.upload(page, "images", "hero", "hero.svg", "image/svg+xml", svg);
    assertTrue(svgNamed.text().contains("tidak diterima"), svgNamed.body());
    // Larger than 2 MB.
    byte[] large = new byte[3 * 1024 * 1024];
    System.arraycopy(HostileImages.photo(800, 400), 0, large, 0, 100);
    Page tooLarge = admin.upload(page, "images", "hero", "besar.jpg", "image/jpeg", large);
    assertTrue(tooLarge.text().contains("terlalu besar"), tooLarge.body());
    assertFalse(
        tooLarge.body().contains("data:image/jpeg"), "an oversized file reached the preview");
    // A logo far too small, a hero in portrait.
    Page tiny = admin.upload(page, "images", "logo", "kecil.png", "image/png", png(16, 16, 0));
    assertTrue(tiny.text().contains("paling sedikit 64 piksel"), tiny.body());
    Page portrait =
        admin.upload(
            page, "images", "hero", "tegak.jpg", "image/jpeg", HostileImages.photo(500, 900));
    assertTrue(portrait.text().contains("harus mendatar"), portrait.body());
    assertFalse(portrait.body().contains("src=\"data:"), "a refused image reached the preview");

    Map<String, String> form = fields(page);
    form.put("primaryColour", "#fff;}</style><script>alert(1)</script>");
    form.put("secondaryColour", "merah");
    form.put("accentColour", "#12345g");
    form.put("tagline", "<script>alert('x')</script>");
    form.put("officeName", "Dinas\"><img src=x onerror=alert(1)>");
    form.put("officeWebsite", "javascript:alert(1)");
    form.put("officeEmail", "bukan surel");
    form.put("domains", "umkm.situbondokab.go.id\numkm.bondowosokab.go.id\nbukan domain!");
    Page refused = admin.ajax(page, "brand", "brand:publish", form);
    String text = refused.text();
    assertTrue(text.contains("harus berbentuk #rrggbb"), text);
    assertTrue(text.contains("Domain umkm.bondowosokab.go.id sudah dipakai daerah lain"), text);
    // Tagline and office name: markup is refused, not stored.
    assertEquals(2, text.split("Teks tidak boleh berisi tanda", -1).length - 1, text);
    assertTrue(text.contains("harus alamat web lengkap"), text);
    assertTrue(text.contains("Alamat surel \"bukan surel\" tidak valid"), text);
    assertFalse(text.contains("Merek diterbitkan"), text);
    assertFalse(refused.body().contains("<script>alert"), "script echoed unescaped");

    // A refused phone number is caught by the field's validator before anything else.
    Map<String, String> phone = fields(page);
    phone.put("officeWhatsapp", "0338 671254"); // a landline
    Page badPhone = admin.ajax(page, "brand", "brand:publish", phone);
    assertTrue(badPhone.text().contains("harus nomor ponsel Indonesia"), badPhone.text());

    // Nothing was written, the public site is as it was, and the server still answers.
    assertEquals(rowBefore, tenantRow("situbondo"));
    assertEquals(before, publicHome("situbondo"));
    assertEquals(200, admin.get("/situbondo/admin/merek").status());
  }

  @Test
  @RunAsClient
  void eachAdminSeesOnlyTheirOwnTenantAndOtherRolesAreKeptOut() throws Exception {
    ConsoleClient situbondo = admin("situbondo");
    Page own = situbondo.get("/situbondo/admin/merek");
    assertEquals(200, own.status());
    assertTrue(own.text().contains("Kabupaten Situbondo"), own.text());
    assertFalse(own.text().contains("Kabupaten Bondowoso"), own.text());
    assertFalse(own.body().contains("umkm.bondowosokab.go.id"), own.body());
    // Bondowoso's page is not there for Situbondo's admin, to read or to post to.
    assertEquals(404, situbondo.get("/bondowoso/admin/merek").status());
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("brand", "brand");
    forged.put("brand:primaryColour", "#000000");
    forged.put("brand:publish", "");
    forged.put("jakarta.faces.ViewState", ConsoleClient.viewState(own));
    String bondowosoRow = tenantRow("bondowoso");
    assertEquals(404, situbondo.post("/bondowoso/admin/merek", forged).status());
    assertEquals(bondowosoRow, tenantRow("bondowoso"));

    ConsoleClient bondowoso = admin("bondowoso");
    assertEquals(404, bondowoso.get("/situbondo/admin/merek").status());
    Page hers = bondowoso.get("/bondowoso/admin/merek");
    assertTrue(hers.text().contains("Kabupaten Bondowoso"), hers.text());
    assertFalse(hers.text().contains("Kabupaten Situbondo"), hers.text());

    ConsoleClient operator = new ConsoleClient(base, "10.4.1.1");
    Page in = operator.signIn("/situbondo/konsol/masuk", "operator@situbondo.etalase.id", PASSWORD);
    assertEquals("/situbondo/konsol/", in.path(), in.text());
    assertEquals(403, operator.get("/situbondo/admin/merek").status());
    assertFalse(operator.get("/situbondo/konsol/").body().contains("nav-branding"));

    Page stranger = new ConsoleClient(base, "10.4.1.2").get("/situbondo/admin/merek");
    assertTrue(stranger.path().startsWith("/situbondo/konsol/masuk"), stranger.path());
  }

  // --- in the server: the loader and the console -----------------------------------------------

  @Test
  void onlyTheTenantsAdminMayCheckADraftOrPrepareAnImage() throws Exception {
    TenantSnapshot situbondo = directory.bySlug("situbondo").orElseThrow();
    TenantSnapshot bondowoso = directory.bySlug("bondowoso").orElseThrow();
    BrandingDraft draft = branding.current(situbondo);
    byte[] logo = png(300, 300, 0x1a2b3c);
    ConsoleUser admin = Actors.admin(situbondo);
    assertEquals(draft.primaryColour(), branding.check(admin, situbondo, draft).primaryColour());
    assertEquals("image/png", branding.image(admin, situbondo, AssetKind.LOGO, logo).contentType());
    // The page is the admins' (403 to others, 404 to another tenant's); so is the service.
    for (ConsoleUser other :
        List.of(Actors.operator(situbondo), Actors.owner(situbondo, 1L), Actors.admin(bondowoso))) {
      assertThrows(
          NotAllowedException.class,
          () -> branding.check(other, situbondo, draft),
          other.toString());
      assertThrows(
          NotAllowedException.class,
          () -> branding.image(other, situbondo, AssetKind.LOGO, logo),
          other.toString());
      assertThrows(
          NotAllowedException.class,
          () -> branding.publish(other, situbondo, draft),
          other.toString());
    }
  }

  @Test
  void aConsoleEditOutlivesARestartUnlessTheFolderChanged() throws Exception {
    Path tenants = DemoData.tenantsDir();
    TenantSnapshot tenant = directory.bySlug("ditangguhkan").orElseThrow();
    String folderTagline = tenant.tagline();
    BrandingDraft current = branding.current(tenant);
    BrandingDraft edited =
        new BrandingDraft(
            "#224466",
            current.secondaryColour(),
            current.accentColour(),
            "Diubah di konsol pemerintah",
            current.officeName(),
            current.officeAddress(),
            current.officePhone(),
            current.officeWhatsapp(),
            current.officeEmail(),
            current.officeWebsite(),
            current.domains(),
            current.canonicalDomain(),
            null,
            null);
    branding.publish(Actors.admin(tenant), tenant, edited);
    try {
      // A restart: the folder is as it was last loaded, so the console's edit stays.
      TenantLoader.Report again = loader.loadAll(tenants, false);
      assertTrue(again.unchanged().contains("ditangguhkan"), again.toString());
      TenantSnapshot kept = directory.bySlug("ditangguhkan").orElseThrow();
      assertEquals("Diubah di konsol pemerintah", kept.tagline());
      assertEquals("#224466", kept.branding().getPrimaryColour());

      // Someone edits the folder: the folder wins.
      Path copy = Files.createTempDirectory("etalase-tenants");
      Path folder = copy.resolve("ditangguhkan");
      Files.createDirectories(folder);
      try (Stream<Path> files = Files.list(tenants.resolve("ditangguhkan"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, folder.resolve(file.getFileName().toString()));
        }
      }
      Path yaml = folder.resolve("tenant.yaml");
      Files.writeString(
          yaml,
          Files.readString(yaml)
              .replace("Tenant uji yang ditangguhkan", "Diubah di folder tenant"));
      TenantLoader.Report changed = loader.loadAll(copy, false);
      assertEquals(List.of("ditangguhkan"), changed.updated());
      TenantSnapshot fromFolder = directory.bySlug("ditangguhkan").orElseThrow();
      assertEquals("Diubah di folder tenant", fromFolder.tagline());
      assertEquals("#333333", fromFolder.branding().getPrimaryColour());
    } finally {
      // The shipped folder again, as at start-up, for the other tests.
      loader.loadAll(tenants, false);
      assertEquals(folderTagline, directory.bySlug("ditangguhkan").orElseThrow().tagline());
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  static byte[] png(int width, int height, int rgb) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(rgb));
    g.fillOval(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private HttpResponse<byte[]> bytes(String host, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (host != null) {
      request.header("Host", host);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getenv("ETALASE_DB_URL"),
        System.getenv("ETALASE_DB_USER"),
        System.getenv("ETALASE_DB_PASSWORD"));
  }

  /** Everything of a tenant's registry row, its domains and images, as one comparable text. */
  private static String tenantRow(String slug) throws Exception {
    List<String> parts = new ArrayList<>();
    try (Connection db = db();
        PreparedStatement tenant =
            db.prepareStatement(
                "SELECT t.*, (SELECT string_agg(domain, ',' ORDER BY domain) FROM tenant_domain d"
                    + " WHERE d.tenant_id = t.id) AS domains, (SELECT string_agg(kind || ':' ||"
                    + " sha256, ',' ORDER BY kind) FROM tenant_asset a WHERE a.tenant_id = t.id)"
                    + " AS assets FROM tenant t WHERE slug = ?")) {
      tenant.setString(1, slug);
      try (ResultSet rs = tenant.executeQuery()) {
        assertTrue(rs.next());
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          parts.add(rs.getMetaData().getColumnName(i) + "=" + rs.getString(i));
        }
      }
    }
    return String.join("; ", parts);
  }

  /** The changes of the tenant's latest branding audit entry, read under its row-level security. */
  private static String lastBrandingAudit(String slug) throws Exception {
    try (Connection db = TenantSql.as(slug)) {
      try (PreparedStatement audit =
          db.prepareStatement(
              "SELECT actor_kind, actor_name, changes FROM audit_entry WHERE record_type ="
                  + " 'Tenant' AND action = 'BRANDING' ORDER BY id DESC LIMIT 1")) {
        try (ResultSet rs = audit.executeQuery()) {
          assertTrue(rs.next(), "no branding audit entry");
          assertEquals("ACCOUNT", rs.getString(1));
          assertTrue(
              rs.getString(2).contains("merek.admin@" + slug + ".etalase.id"), rs.getString(2));
          return rs.getString(3);
        }
      } finally {
        db.rollback();
      }
    }
  }
}
