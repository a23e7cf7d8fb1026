package id.etalase.tenant;

import static id.etalase.common.YamlFiles.section;
import static id.etalase.common.YamlFiles.text;

import id.etalase.common.InputChecks;
import id.etalase.common.YamlFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tenant as described by its folder under {@code tenants/}: {@code tenant.yaml}, a logo and a
 * hero image. Parsing checks everything and reports every problem at once, naming the file, so a
 * platform engineer can fix a new tenant in one go.
 *
 * <p>Its domains count as verified: the platform team writes the folders, so a folder is the proof.
 * They follow the same {@link TenantRules} as domains claimed in the consoles. {@code
 * canonicalDomain}, when set, must be one of them.
 */
public record TenantManifest(
    Path folder,
    String slug,
    String name,
    String regencyCode,
    TenantStatus status,
    String defaultLanguage,
    String tagline,
    Set<String> domains,
    String canonicalDomain,
    Branding branding,
    Office office,
    Image logo,
    Image hero) {

  public static final String FILE = "tenant.yaml";
  private static final long MAX_IMAGE_BYTES = 2 * 1024 * 1024;

  /** A branding image of the folder. */
  public record Image(Path file, String contentType) {}

  /** A tenant folder that cannot be loaded, with every reason. */
  public static class InvalidException extends Exception {
    private final List<String> problems;

    InvalidException(Path folder, List<String> problems) {
      super(folder.resolve(FILE) + ": " + String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  public static boolean isTenantFolder(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE));
  }

  /** Reads a folder with the rules that hold on every platform, whatever its domain. */
  public static TenantManifest read(Path folder) throws InvalidException {
    return read(folder, TenantRules.universal());
  }

  /** Reads a folder, checking its slug, domains and colours with the platform's rules. */
  public static TenantManifest read(Path folder, TenantRules rules) throws InvalidException {
    List<String> problems = new ArrayList<>();
    Map<String, Object> yaml;
    try {
      yaml = YamlFiles.readMap(folder.resolve(FILE));
    } catch (IOException e) {
      throw new InvalidException(folder, List.of(e.getMessage()));
    }
    String slug = text(yaml, "slug");
    String folderName = folder.getFileName().toString();
    var slugRefusal = TenantRules.slug(slug);
    if (slugRefusal.isPresent()) {
      problems.add("slug: " + slugRefusal.get().english());
    } else if (!slug.equals(folderName)) {
      problems.add("slug '" + slug + "' must equal the folder name '" + folderName + "'");
    }
    String name = text(yaml, "name");
    if (name == null || name.isBlank() || name.length() > 200) {
      problems.add("name is required (at most 200 characters)");
    }
    // Quoted text only: unquoted, YAML reads 35.10 as the number 35.1.
    String regencyCode = yaml.get("regencyCode") instanceof String code ? code.strip() : null;
    if (regencyCode == null || !regencyCode.matches(Tenant.REGENCY_CODE)) {
      problems.add(
          "regencyCode must be quoted text like \"35.11\", got: " + yaml.get("regencyCode"));
    }
    TenantStatus status = TenantStatus.ACTIVE;
    String statusText = text(yaml, "status");
    if (statusText != null) {
      try {
        status = TenantStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("status must be active or suspended, got: " + statusText);
      }
    }
    String language = text(yaml, "defaultLanguage");
    language = language == null ? "id" : language;
    if (!language.equals("id") && !language.equals("en")) {
      problems.add("defaultLanguage must be id or en, got: " + language);
    }
    Set<String> domains = new LinkedHashSet<>();
    if (yaml.get("domains") instanceof List<?> list) {
      if (list.size() > TenantRules.MAX_DOMAINS) {
        problems.add("domains: at most " + TenantRules.MAX_DOMAINS);
      }
      for (Object d : list) {
        String domain = TenantRules.normaliseDomain(String.valueOf(d));
        rules.domain(domain).ifPresent(refused -> problems.add("domains: " + refused.english()));
        domains.add(domain);
      }
    } else if (yaml.containsKey("domains")) {
      problems.add("domains must be a list");
    }
    String canonical = text(yaml, "canonicalDomain");
    canonical = canonical == null ? null : TenantRules.normaliseDomain(canonical);
    if (canonical != null && !domains.contains(canonical)) {
      problems.add("canonicalDomain " + canonical + " must be one of the domains");
    }
    Map<?, ?> colours = section(yaml, "colours");
    Branding branding = null;
    List<String> picked = new ArrayList<>();
    for (String key : List.of("primary", "secondary", "accent")) {
      String typed = text(colours, key);
      TenantRules.colour(typed)
          .ifPresentOrElse(
              picked::add,
              () ->
                  problems.add(
                      "colours."
                          + key
                          + ": "
                          + new TenantRules.Refusal(
                                  "problem.colour", List.of(String.valueOf(typed)))
                              .english()));
    }
    if (picked.size() == 3) {
      branding = new Branding(picked.get(0), picked.get(1), picked.get(2));
    }
    Map<?, ?> office = section(yaml, "office");
    String email = text(office, "email");
    InputChecks mail = new InputChecks();
    mail.email("email", email);
    if (!mail.problems().isEmpty()) {
      problems.add("office.email is not an e-mail address: " + email);
    }
    Image logo = image(folder, text(yaml, "logo"), "logo", problems);
    Image hero = image(folder, text(yaml, "hero"), "hero", problems);
    if (!problems.isEmpty()) {
      throw new InvalidException(folder, problems);
    }
    return new TenantManifest(
        folder,
        slug,
        name.strip(),
        regencyCode,
        status,
        language,
        text(yaml, "tagline"),
        domains,
        canonical,
        branding,
        new Office(
            text(office, "name"),
            text(office, "address"),
            text(office, "phone"),
            text(office, "whatsapp"),
            email,
            text(office, "website")),
        logo,
        hero);
  }

  private static Image image(Path folder, String fileName, String key, List<String> problems) {
    if (fileName == null) {
      problems.add(key + " names the image file, and is required");
      return null;
    }
    Path file = folder.resolve(fileName).normalize();
    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
      problems.add(key + ": no file " + fileName + " in the tenant folder");
      return null;
    }
    String contentType = contentType(fileName);
    if (contentType == null) {
      problems.add(key + ": use .svg, .png, .jpg or .webp, not " + fileName);
      return null;
    }
    try {
      if (Files.size(file) > MAX_IMAGE_BYTES) {
        problems.add(key + ": " + fileName + " is larger than 2 MB");
        return null;
      }
    } catch (IOException e) {
      problems.add(key + ": cannot read " + fileName);
      return null;
    }
    return new Image(file, contentType);
  }

  private static String contentType(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (lower.endsWith(".png")) {
      return "image/png";
    } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (lower.endsWith(".webp")) {
      return "image/webp";
    }
    return null;
  }

  /**
   * The SHA-256 of what the loader applies from this folder: {@code tenant.yaml}, the logo and the
   * hero, each with its name. It tells the loader whether the folder changed since it was last
   * loaded (demo data is not part of it: it is imported by its own, idempotent importers).
   */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : List.of(folder.resolve(FILE), logo.file(), hero.file())) {
        byte[] name = folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8);
        byte[] content = Files.readAllBytes(file);
        sha.update(ByteBuffer.allocate(16).putLong(name.length).putLong(content.length).array());
        sha.update(name);
        sha.update(content);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the tenant folder " + folder, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The folder of optional demo data. */
  public Path demoFolder() {
    return folder.resolve("demo");
  }
}
