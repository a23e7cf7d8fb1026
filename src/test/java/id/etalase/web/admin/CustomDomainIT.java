package id.etalase.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.etalase.access.ConsoleUser;
import id.etalase.access.Role;
import id.etalase.account.AccountRepository;
import id.etalase.account.AccountService;
import id.etalase.account.PlatformAdminService;
import id.etalase.audit.AuditLog;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.RecordNotFoundException;
import id.etalase.onboarding.BrandingDraft;
import id.etalase.onboarding.CustomDomains;
import id.etalase.onboarding.TenantBrandingService;
import id.etalase.tenant.CustomDomain;
import id.etalase.tenant.TenantDirectory;
import id.etalase.tenant.TenantLoader;
import id.etalase.tenant.TenantSnapshot;
import id.etalase.tenant.TenantWork;
import id.etalase.testing.Actors;
import id.etalase.testing.ConsoleClient;
import id.etalase.testing.ConsoleClient.Page;
import id.etalase.testing.DemoData;
import id.etalase.testing.TenantFolders;
import id.etalase.testing.TenantSql;
import id.etalase.testing.TinyDns;
import id.etalase.testing.TokenServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #10, finding 3: a tenant admin must not take over another tenant's host. Custom domains are
 * claimed on the branding page, stay pending (and unserved) until proven by DNS, by a file on the
 * domain, or by a platform admin, and are refused outright when the platform serves them anyway.
 * Mailed links never carry the request's Host header; {@code /metrics} is not on tenant hosts.
 *
 * <p>The regencies' DNS and web servers are played by {@link TinyDns} and {@link TokenServer} on
 * loopback, on {@code etalase.test.verify.port}, where the server's domain check is sent ({@code
 * etalase.domains.verify.*} in the failsafe configuration). The class uses accounts of its own,
 * made (or reset) by its first test, so other classes' changes to the demo accounts do not matter;
 * it leaves Bondowoso's folder to be applied again by the next server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomDomainIT {

  static final String PASSWORD = "Kawah-Wurung-Senja-7310";
  static final String PLATFORM_ADMIN = "domain.platform@etalase.id";
  static final String FILE = CustomDomain.WELL_KNOWN_PATH;

  @ArquillianResource URL base;

  @Inject TenantDirectory directory;
  @Inject TenantWork work;
  @Inject AccountService accounts;
  @Inject AccountRepository accountRepository;
  @Inject PlatformAdminService platformAdmins;
  @Inject TenantBrandingService branding;
  @Inject CustomDomains customDomains;
  @Inject TenantLoader loader;
  @Inject AuditLog audit;
  @Inject id.etalase.tenant.CurrentTenant currentTenant;

  static String admin(String slug) {
    return "domain.admin@" + slug + ".etalase.id";
  }

  // --- in the server: this class's own accounts, and the service's borders ---------------------

  @Test
  @Order(1)
  void ownAccountsExistWithoutMfa() {
    for (String slug : List.of("bondowoso", "situbondo")) {
      TenantSnapshot tenant = directory.bySlug(slug).orElseThrow();
      work.runAs(
          tenant,
          () -> {
            var existing = accountRepository.findByEmail(admin(slug));
            if (existing.isPresent()) {
              accounts.resetMfa(Actors.admin(tenant), existing.get().getId());
              accounts.setEnabled(Actors.admin(tenant), existing.get().getId(), true);
            } else {
              accounts.create(
                  admin(slug), "Admin Domain " + slug, Role.TENANT_ADMIN, null, PASSWORD);
            }
          });
    }
    try {
      platformAdmins.create(PLATFORM_ADMIN, "Admin Platform Domain", PASSWORD);
    } catch (InvalidInputException exists) {
      assertTrue(exists.concerns("email"), exists.getMessage());
    }
  }

  @Test
  @Order(2)
  void theServiceChecksOnlyATenantsOwnClaimsAndRefusesAnotherTenantsPendingDomain() {
    TenantSnapshot bondowoso = directory.bySlug("bondowoso").orElseThrow();
    TenantSnapshot situbondo = directory.bySlug("situbondo").orElseThrow();
    String claim = "milik.bondowoso.example";
    BrandingDraft b = branding.current(bondowoso);
    List<String> withClaim = new ArrayList<>(b.domains());
    withClaim.add(claim);
    TenantSnapshot claimed =
        branding.publish(
            Actors.admin(bondowoso), bondowoso, withDomains(b, withClaim, b.canonicalDomain()));
    try {
      assertFalse(claimed.customDomain(claim).orElseThrow().isVerified());
      assertFalse(claimed.domains().contains(claim), "a pending domain is not served");
      // Situbondo cannot check, claim, or make canonical what Bondowoso claimed.
      assertThrows(
          RecordNotFoundException.class,
          () -> customDomains.check(Actors.admin(situbondo), situbondo, claim));
      // Only Bondowoso's admin checks Bondowoso's claims, whoever names Bondowoso as the tenant.
      for (ConsoleUser notItsAdmin :
          List.of(
              Actors.operator(bondowoso), Actors.owner(bondowoso, 1L), Actors.admin(situbondo))) {
        assertThrows(
            NotAllowedException.class,
            () -> customDomains.check(notItsAdmin, bondowoso, claim),
            notItsAdmin.toString());
      }
      // Every tenant's pending claims, with their tokens, are listed to platform admins only.
      for (ConsoleUser tenantUser : List.of(Actors.admin(bondowoso), Actors.admin(situbondo))) {
        assertThrows(
            NotAllowedException.class,
            () -> customDomains.pending(tenantUser),
            tenantUser.role().name());
      }
      assertTrue(
          customDomains.pending(Actors.platformAdmin()).stream()
              .anyMatch(p -> p.domain().domain().equals(claim)));
      // Checking any claim, vouching and rejecting are for platform admins only.
      assertThrows(RecordNotFoundException.class, () -> customDomains.checkAny(claim));
      assertThrows(
          RecordNotFoundException.class, () -> customDomains.verifyManually(claim, "Saya kira"));
      assertThrows(RecordNotFoundException.class, () -> customDomains.reject(claim, "Bukan"));
      assertFalse(directory.byDomain(claim).isPresent());
      BrandingDraft s = branding.current(situbondo);
      List<String> taken = new ArrayList<>(s.domains());
      taken.add(claim);
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () ->
                  branding.publish(
                      Actors.admin(situbondo),
                      situbondo,
                      withDomains(s, taken, s.canonicalDomain())));
      assertTrue(refused.getMessage().contains("problem.domainTaken"), refused.getMessage());
      // Bondowoso cannot make its own pending claim canonical either.
      InvalidInputException notYet =
          assertThrows(
              InvalidInputException.class,
              () ->
                  branding.publish(
                      Actors.admin(claimed), claimed, withDomains(b, withClaim, claim)));
      assertTrue(notYet.concerns("canonicalDomain"), notYet.getMessage());
      assertEquals(
          "umkm.bondowosokab.go.id", directory.bySlug("bondowoso").orElseThrow().canonicalDomain());
    } finally {
      branding.publish(
          Actors.admin(directory.bySlug("bondowoso").orElseThrow()),
          directory.bySlug("bondowoso").orElseThrow(),
          withDomains(b, b.domains(), b.canonicalDomain()));
    }
    assertTrue(directory.claimant(claim).isEmpty());
  }

  @Test
  @Order(3)
  void aTenantFolderVouchesForItsDomainsAndWinsOverAnotherTenantsPendingClaim() throws Exception {
    // Situbondo's admin claims, early, a domain that the platform team then gives a folder.
    String domain = "umkm.baru.ditangguhkan.example";
    TenantSnapshot situbondo = directory.bySlug("situbondo").orElseThrow();
    BrandingDraft s = branding.current(situbondo);
    List<String> withClaim = new ArrayList<>(s.domains());
    withClaim.add(domain);
    branding.publish(
        Actors.admin(situbondo), situbondo, withDomains(s, withClaim, s.canonicalDomain()));
    assertEquals("situbondo", directory.claimant(domain).orElseThrow().slug());

    java.nio.file.Path tenants = DemoData.tenantsDir();
    java.nio.file.Path copy = java.nio.file.Files.createTempDirectory("etalase-tenants");
    java.nio.file.Path folder = copy.resolve("ditangguhkan");
    java.nio.file.Files.createDirectories(folder);
    try (var files = java.nio.file.Files.list(tenants.resolve("ditangguhkan"))) {
      for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        java.nio.file.Files.copy(file, folder.resolve(file.getFileName().toString()));
      }
    }
    java.nio.file.Path yaml = folder.resolve("tenant.yaml");
    java.nio.file.Files.writeString(
        yaml,
        java.nio.file.Files.readString(yaml)
            .replace(
                "  - umkm.ditangguhkan.example\n",
                "  - umkm.ditangguhkan.example\n  - " + domain + "\n"));
    try {
      loader.loadAll(copy, false);
      TenantSnapshot ditangguhkan = directory.bySlug("ditangguhkan").orElseThrow();
      assertTrue(ditangguhkan.domains().contains(domain), "verified by its folder");
      assertEquals(
          id.etalase.tenant.DomainProof.FOLDER,
          ditangguhkan.customDomain(domain).orElseThrow().proof());
      assertFalse(directory.bySlug("situbondo").orElseThrow().claimedDomains().contains(domain));
      // Both are in the audit logs: Situbondo lost the claim, the folder verified it.
      assertTrue(
          work.callAs(
              directory.bySlug("situbondo").orElseThrow(),
              () -> lastDomainAction(domain).equals("DOMAIN_REJECTED")));
      assertTrue(
          work.callAs(ditangguhkan, () -> lastDomainAction(domain).equals("DOMAIN_VERIFIED")));
    } finally {
      loader.loadAll(tenants, false);
      branding.publish(
          Actors.admin(directory.bySlug("situbondo").orElseThrow()),
          directory.bySlug("situbondo").orElseThrow(),
          withDomains(s, s.domains(), s.canonicalDomain()));
    }
    assertFalse(directory.bySlug("ditangguhkan").orElseThrow().claimedDomains().contains(domain));
  }

  /** The action of the current tenant's latest audit entry about a domain. */
  private String lastDomainAction(String domain) {
    return audit
        .find(
            Actors.admin(currentTenant.require()),
            new id.etalase.audit.AuditQuery("Tenant", null, null),
            0,
            50)
        .stream()
        .filter(e -> e.getChanges().contains(domain))
        .map(e -> e.getAction())
        .findFirst()
        .orElse("none");
  }

  private static BrandingDraft withDomains(
      BrandingDraft d, List<String> domains, String canonical) {
    return new BrandingDraft(
        d.primaryColour(),
        d.secondaryColour(),
        d.accentColour(),
        d.tagline(),
        d.officeName(),
        d.officeAddress(),
        d.officePhone(),
        d.officeWhatsapp(),
        d.officeEmail(),
        d.officeWebsite(),
        domains,
        canonical,
        null,
        null);
  }

  // --- over HTTP ---------------------------------------------------------------------------------

  private ConsoleClient signIn(String slug, String address) throws Exception {
    ConsoleClient client = new ConsoleClient(base, address);
    Page in = client.signInWithMfa("/" + slug + "/konsol/masuk", admin(slug), PASSWORD);
    assertEquals("/" + slug + "/admin/", in.path(), in.text());
    return client;
  }

  private ConsoleClient platform() throws Exception {
    ConsoleClient client = new ConsoleClient(base, "10.15.9.1");
    Page in = client.signInWithMfa("/platform/masuk", PLATFORM_ADMIN, PASSWORD);
    assertEquals("/platform/", in.path(), in.text());
    return client;
  }

  /** Publishes the branding page with these domains added to what it shows (or only these). */
  private Page publishDomains(ConsoleClient admin, String slug, String domains) throws Exception {
    Page page = admin.get("/" + slug + "/admin/merek");
    Map<String, String> form = BrandingIT.fields(page);
    form.put("domains", form.get("domains") + "\n" + domains);
    return admin.ajax(page, "brand", "brand:publish", form);
  }

  private HttpResponse<String> get(String host, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (host != null) {
      request.header("Host", host);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String h1(String html) {
    var m = java.util.regex.Pattern.compile("<h1[^>]*>([^<]*)</h1>").matcher(html);
    return m.find() ? m.group(1).strip() : "";
  }

  private static int verifyPort() {
    return Integer.parseInt(System.getProperty("etalase.test.verify.port"));
  }

  @Test
  @Order(4)
  @RunAsClient
  void anotherTenantsHostAndThePlatformsOwnNamesAreRefusedAndNothingIsWritten() throws Exception {
    ConsoleClient admin = signIn("bondowoso", "10.15.1.1");
    String before = tenantRow("bondowoso");
    for (String[] attempt :
        new String[][] {
          {"situbondo.etalase.test", "alamat platform untuk daerah \"situbondo\""},
          {"Situbondo.Etalase.Test.", "alamat platform untuk daerah \"situbondo\""},
          {"a.situbondo.etalase.test", "termasuk domain platform (etalase.test)"},
          {"etalase.test", "termasuk domain platform (etalase.test)"},
          {"situbondo.localhost", "hanya berlaku di komputer sendiri"},
          {"127.0.0.1", "adalah alamat IP"},
          {"umkm.situbondokab.go.id", "sudah dipakai daerah lain"}
        }) {
      Page refused = publishDomains(admin, "bondowoso", attempt[0]);
      assertTrue(refused.text().contains(attempt[1]), attempt[0] + ": " + refused.text());
      assertFalse(refused.text().contains("Merek diterbitkan"), refused.text());
    }
    assertEquals(before, tenantRow("bondowoso"));
    // Situbondo's host is still Situbondo's.
    HttpResponse<String> situbondo = get("situbondo.etalase.test", "/");
    assertEquals(200, situbondo.statusCode());
    assertEquals("Kabupaten Situbondo", h1(situbondo.body()));
  }

  @Test
  @Order(5)
  @RunAsClient
  void aNewDomainIsServedOnlyOnceProvenAndOnlyAVerifiedOneBecomesCanonical() throws Exception {
    String web = "umkm.bondowoso.example";
    String dns = "dns.bondowoso.example";
    String manual = "manual.bondowoso.example";
    ConsoleClient admin = signIn("bondowoso", "10.15.2.1");
    Map<String, String> original = BrandingIT.fields(admin.get("/bondowoso/admin/merek"));
    String originalCanonical = canonical("bondowoso");
    try (TokenServer regencyWeb = new TokenServer(verifyPort());
        TinyDns regencyDns = new TinyDns(verifyPort())) {
      Page published = publishDomains(admin, "bondowoso", web + "\n" + dns + "\n" + manual);
      assertTrue(published.text().contains("Merek diterbitkan"), published.text());

      // Pending: each with its own token, shown to the admin; the domains serve nothing.
      Page merek = admin.get("/bondowoso/admin/merek");
      Map<String, String> tokens = new java.util.HashMap<>();
      for (String domain : List.of(web, dns, manual)) {
        assertEquals("Menunggu verifikasi", status(merek, domain));
        tokens.put(domain, token(merek, domain));
      }
      assertEquals(3, tokens.values().stream().distinct().count());
      for (String path :
          List.of("/", "/konsol/masuk", "/sitemap.xml", "/bondowoso/", "/situbondo/", FILE)) {
        HttpResponse<String> r = get(web, path);
        assertEquals(404, r.statusCode(), path);
        assertFalse(r.body().contains(tokens.get(web)), path + " told the token");
        assertFalse(h1(r.body()).contains("Bondowoso"), path);
      }
      // The app never answers the token file itself, on any host.
      assertEquals(404, get("umkm.bondowosokab.go.id", FILE).statusCode());
      assertEquals(404, get(null, FILE).statusCode());

      // Not canonical while pending (the choice offers verified domains only).
      String row = tenantRow("bondowoso");
      Page page = admin.get("/bondowoso/admin/merek");
      Map<String, String> form = BrandingIT.fields(page);
      form.put("canonicalDomain_input", web);
      Page refused = admin.ajax(page, "brand", "brand:publish", form);
      assertFalse(refused.text().contains("Merek diterbitkan"), refused.text());
      assertEquals(row, tenantRow("bondowoso"));

      // The platform console lists the claims; a check before the file is there fails.
      ConsoleClient platform = platform();
      Page list = platform.get("/platform/domain");
      assertTrue(list.body().contains("data-claimant-of=\"" + web + "\""), list.text());
      Page notYet = platform.ajax(list, "pending", button(list, "data-check", web), Map.of());
      assertTrue(notYet.text().contains("belum terverifikasi"), notYet.text());
      assertTrue(notYet.text().contains("status 404"), notYet.text());
      assertEquals(404, get(web, "/").statusCode());

      // The regency's web server serves the token: the check finds it, with the real Host.
      regencyWeb.answer(web, FILE, TokenServer.Answer.text(tokens.get(web)));
      list = platform.get("/platform/domain");
      Page proven = platform.ajax(list, "pending", button(list, "data-check", web), Map.of());
      assertTrue(proven.text().contains("terverifikasi dan kini ditayangkan"), proven.text());
      assertTrue(
          regencyWeb.requests().contains(web + " " + FILE), regencyWeb.requests().toString());
      HttpResponse<String> served = get(web, "/");
      assertEquals(200, served.statusCode());
      assertEquals("Kabupaten Bondowoso", h1(served.body()));

      // The regency's DNS holds the other token: Bondowoso's admin checks it from the branding
      // page.
      regencyDns.txt("_etalase." + dns, "etalase-verifikasi=" + tokens.get(dns));
      merek = admin.get("/bondowoso/admin/merek");
      Page viaDns = admin.ajax(merek, "domainState", button(merek, "data-check", dns), Map.of());
      assertTrue(viaDns.text().contains("Domain " + dns + " terverifikasi"), viaDns.text());
      assertEquals(200, get(dns, "/").statusCode());

      // No DNS access: the platform admin vouches, with a note, which is required.
      list = platform.get("/platform/domain");
      Page noNote = platform.ajax(list, "pending", button(list, "data-verify", manual), Map.of());
      assertTrue(noNote.text().contains("Wajib diisi"), noNote.text());
      assertEquals(404, get(manual, "/").statusCode());
      list = platform.get("/platform/domain");
      Page vouched =
          platform.ajax(
              list,
              "pending",
              button(list, "data-verify", manual),
              Map.of("note", "Surat Diskominfo 000/123"));
      assertTrue(vouched.text().contains("diverifikasi manual"), vouched.text());
      assertEquals(200, get(manual, "/").statusCode());
      assertFalse(platform.get("/platform/domain").body().contains(manual));

      // Each verification is in Bondowoso's audit log, the override with its note and admin.
      String audit = domainAudit("bondowoso");
      assertTrue(audit.contains("DOMAIN_VERIFIED PLATFORM_ADMIN " + web), audit);
      assertTrue(audit.contains("\"proof\":{\"before\":\"\",\"after\":\"HTTP\"}"), audit);
      assertTrue(audit.contains("DOMAIN_VERIFIED ACCOUNT " + dns), audit);
      assertTrue(audit.contains("\"after\":\"DNS\""), audit);
      assertTrue(audit.contains("DOMAIN_VERIFIED_MANUALLY PLATFORM_ADMIN " + manual), audit);
      assertTrue(audit.contains("Surat Diskominfo 000/123"), audit);

      // Now verified, it can be chosen; canonical URLs follow the choice, not the alphabet.
      page = admin.get("/bondowoso/admin/merek");
      form = BrandingIT.fields(page);
      form.put("canonicalDomain_input", web);
      Page chosen = admin.ajax(page, "brand", "brand:publish", form);
      assertTrue(chosen.text().contains("Merek diterbitkan"), chosen.text());
      String home = get(null, "/bondowoso/").body();
      assertTrue(home.contains("<link rel=\"canonical\" href=\"https://" + web + "/\""), home);
      assertTrue(get(null, "/bondowoso/sitemap.xml").body().contains("<loc>https://" + web + "/"));
    } finally {
      // Bondowoso as it was, for the next tests of this server, and its folder for the next one.
      Page page = admin.get("/bondowoso/admin/merek");
      Map<String, String> form = new java.util.LinkedHashMap<>(original);
      form.put("canonicalDomain_input", originalCanonical == null ? "" : originalCanonical);
      Page restored = admin.ajax(page, "brand", "brand:publish", form);
      assertTrue(restored.text().contains("Merek diterbitkan"), restored.text());
      assertEquals(originalCanonical, canonical("bondowoso"));
      TenantFolders.restore(base, "bondowoso");
    }
  }

  @Test
  @Order(6)
  @RunAsClient
  void situbondoCannotSeeVerifyOrClaimBondowososPendingDomain() throws Exception {
    String claim = "rebut.bondowoso.example";
    try {
      ConsoleClient bondowoso = signIn("bondowoso", "10.15.3.1");
      assertTrue(
          publishDomains(bondowoso, "bondowoso", claim).text().contains("Merek diterbitkan"));
      String token = token(bondowoso.get("/bondowoso/admin/merek"), claim);

      ConsoleClient situbondo = signIn("situbondo", "10.15.3.2");
      Page own = situbondo.get("/situbondo/admin/merek");
      assertFalse(own.body().contains(claim), "another tenant's claim shown");
      assertFalse(own.body().contains(token), "another tenant's token shown");
      // Neither the page nor its check button is there for her.
      assertEquals(404, situbondo.get("/bondowoso/admin/merek").status());
      Map<String, String> forged = new java.util.LinkedHashMap<>();
      forged.put("domainState", "domainState");
      forged.put("domainState:list:0:check", "");
      forged.put("jakarta.faces.ViewState", ConsoleClient.viewState(own));
      assertEquals(404, situbondo.post("/bondowoso/admin/merek", forged).status());
      // A claim on a pending or a verified domain of Bondowoso is refused; nothing is written.
      String before = tenantRow("situbondo");
      for (String taken : List.of(claim, "umkm.bondowosokab.go.id")) {
        Page refused = publishDomains(situbondo, "situbondo", taken);
        assertTrue(
            refused.text().contains("Domain " + taken + " sudah dipakai daerah lain"),
            refused.text());
      }
      assertEquals(before, tenantRow("situbondo"));
      assertEquals(404, get(claim, "/").statusCode());

      // A platform admin rejects the claim (a note is required): then it is free again.
      ConsoleClient platform = platform();
      Page list = platform.get("/platform/domain");
      Page rejected =
          platform.ajax(
              list, "pending", button(list, "data-reject", claim), Map.of("note", "Bukan milik"));
      assertTrue(rejected.text().contains("Klaim domain " + claim + " ditolak"), rejected.text());
      assertFalse(bondowoso.get("/bondowoso/admin/merek").body().contains(claim));
      assertTrue(domainAudit("bondowoso").contains("DOMAIN_REJECTED PLATFORM_ADMIN " + claim));
      Page free = publishDomains(situbondo, "situbondo", claim);
      assertTrue(free.text().contains("Merek diterbitkan"), free.text());
      assertEquals(404, get(claim, "/").statusCode());
    } finally {
      TenantFolders.restore(base, "situbondo", "bondowoso");
    }
  }

  @Test
  @Order(7)
  @RunAsClient
  void mailedLinksAreBuiltFromConfigurationNotFromAForgedHost() throws Exception {
    ConsoleClient admin = signIn("bondowoso", "10.15.4.1").forgeHost("penyerang.example");
    Page accounts = admin.get("/bondowoso/admin/akun");
    assertEquals(200, accounts.status(), accounts.text());
    Page invited =
        admin.ajax(
            accounts,
            "invite",
            "invite:send",
            Map.of(
                "email", "tautan." + System.nanoTime() % 100000 + "@bondowoso.etalase.id",
                "displayName", "Uji Tautan",
                "role_input", "OPERATOR"));
    String link =
        invited
            .find("<code id=\"oneTimeLink\"[^>]*>([^<]+)</code>")
            .orElseThrow(() -> new AssertionError(invited.text()));
    assertFalse(link.contains("penyerang"), link);
    // On Bondowoso's chosen canonical domain (a verified one), or else the platform's address.
    String canonical = canonical("bondowoso");
    String origin = canonical == null ? "https://etalase.test/bondowoso" : "https://" + canonical;
    assertTrue(link.startsWith(origin + "/konsol/undangan?t="), link);
    assertFalse(invited.body().contains("penyerang.example"), "the forged host in the page");
  }

  @Test
  @Order(8)
  @RunAsClient
  void metricsAndOpenApiAreNotOnTenantHostsAndHealthIs() throws Exception {
    for (String host :
        new String[] {"umkm.bondowosokab.go.id", "bondowoso.etalase.test", "jember.etalase.test"}) {
      for (String path : List.of("/metrics", "/metrics/base", "/openapi")) {
        assertEquals(404, get(host, path).statusCode(), host + path);
      }
      assertEquals(200, get(host, "/health/ready").statusCode(), host);
    }
    assertEquals(404, get(null, "/bondowoso/metrics").statusCode());
    assertEquals(404, get("etalase.test", "/bondowoso/openapi").statusCode());
    assertNotEquals(200, get("umkm.bondowosokab.go.id", "/health/../metrics").statusCode());
    // On the platform's own host they are there: the 404s above are the rule, not their absence.
    assertEquals(200, get("etalase.test", "/metrics").statusCode());
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static String status(Page page, String domain) {
    return page.find("data-domain-status=\"" + domain.replace(".", "\\.") + "\"[^>]*>([^<]+)<")
        .orElseThrow(() -> new AssertionError("no state of " + domain + " in " + page.text()));
  }

  private static String token(Page page, String domain) {
    return page.find(
            "data-token-of=\""
                + domain.replace(".", "\\.")
                + "\"[^>]*>etalase-verifikasi=([0-9a-f]{32})<")
        .orElseThrow(() -> new AssertionError("no token of " + domain + " in " + page.text()));
  }

  /** The client id of a row's button, found by its data attribute. */
  private static String button(Page page, String attribute, String domain) {
    return page.find(
            "<button id=\"([^\"]+)\"[^>]*" + attribute + "=\"" + domain.replace(".", "\\.") + "\"")
        .orElseThrow(() -> new AssertionError("no " + attribute + " button in " + page.text()));
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getenv("ETALASE_DB_URL"),
        System.getenv("ETALASE_DB_USER"),
        System.getenv("ETALASE_DB_PASSWORD"));
  }

  /** The tenant's registry row with its domains and their states, as one comparable text. */
  private static String tenantRow(String slug) throws Exception {
    List<String> parts = new ArrayList<>();
    try (Connection db = db();
        PreparedStatement tenant =
            db.prepareStatement(
                "SELECT t.*, (SELECT string_agg(domain || ':' || status || ':' || token, ','"
                    + " ORDER BY domain) FROM tenant_domain d WHERE d.tenant_id = t.id) AS domains"
                    + " FROM tenant t WHERE slug = ?")) {
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

  private static String canonical(String slug) throws Exception {
    try (Connection db = db();
        PreparedStatement query =
            db.prepareStatement("SELECT canonical_domain FROM tenant WHERE slug = ?")) {
      query.setString(1, slug);
      try (ResultSet rs = query.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  /** The tenant's domain audit entries: action, actor kind, the domain field, all changes. */
  private static String domainAudit(String slug) throws Exception {
    try (Connection db = TenantSql.as(slug)) {
      List<String> lines = new ArrayList<>();
      try (PreparedStatement audit =
              db.prepareStatement(
                  "SELECT action, actor_kind, changes FROM audit_entry WHERE record_type ="
                      + " 'Tenant' AND action LIKE 'DOMAIN%' ORDER BY id");
          ResultSet rs = audit.executeQuery()) {
        while (rs.next()) {
          String changes = rs.getString(3);
          String domain = changes.replaceFirst("(?s).*\"before\":\"([^ \"]+) PENDING\".*", "$1");
          lines.add(rs.getString(1) + " " + rs.getString(2) + " " + domain + " " + changes);
        }
      } finally {
        db.rollback();
      }
      return String.join("\n", lines);
    }
  }
}
