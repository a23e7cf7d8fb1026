package id.etalase.web.site;

import id.etalase.common.ClientAddress;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.media.ImagePipeline;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.registration.Application;
import id.etalase.registration.RegistrationChallenge;
import id.etalase.registration.RegistrationService;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.consoles.common.ConsoleMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /{slug}/daftar}: an owner registers their business. A plain HTML form posted to the same
 * URL, like the rest of the public site without a session or JavaScript; a refused form comes back
 * with everything typed in it and a message on each field, and a sent one redirects to the
 * thank-you state, so a reload never sends it twice.
 */
@Named
@RequestScoped
public class RegisterBacking {

  /** The form's parameters. */
  static final String BUSINESS = "nama_usaha";

  static final String OWNER = "nama_pemilik";
  static final String DESCRIPTION = "deskripsi";
  static final String DISTRICT = "kecamatan";
  static final String ADDRESS = "alamat";
  static final String WHATSAPP = "whatsapp";
  static final String EMAIL = "email";
  static final String PUBLISH_PHONE = "tampilkan_telepon";
  static final String PUBLISH_ADDRESS = "tampilkan_alamat";
  static final String ANSWER = "jawaban";
  static final String TOKEN = "token";

  /** The field people never see: only form-filling scripts put something in it. */
  static final String HIDDEN = "situs_web";

  static final String SENT = "terkirim";

  /** Form field names of the service's problem fields. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("name", BUSINESS),
          Map.entry("slug", BUSINESS),
          Map.entry("ownerName", OWNER),
          Map.entry("description", DESCRIPTION),
          Map.entry("districtCode", DISTRICT),
          Map.entry("villageCode", DISTRICT),
          Map.entry("streetAddress", ADDRESS),
          Map.entry("whatsapp", WHATSAPP),
          Map.entry("email", EMAIL),
          Map.entry("answer", ANSWER));

  @Inject private HttpServletRequest request;
  @Inject private RegistrationService registrations;
  @Inject private CurrentTenant currentTenant;
  @Inject private RegionRepository regions;
  @Inject private ClientAddress clientAddress;
  @Inject private ConsoleMessages messages;

  private RegistrationChallenge.Question question;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private boolean tooMany;

  public void load() throws IOException {
    HttpServletResponse response =
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    // Each form carries its own question: never kept by the page cache or a browser's.
    response.setHeader("Cache-Control", "no-store");
    if ("POST".equals(request.getMethod())) {
      send(response);
    }
    if (!isSent()) {
      question = registrations.ask();
    }
  }

  private void send(HttpServletResponse response) throws IOException {
    try {
      registrations.register(
          application(),
          clientAddress.get(),
          request.getParameter(TOKEN),
          request.getParameter(ANSWER),
          request.getParameter(HIDDEN));
      response.sendRedirect(currentTenant.link("/daftar") + "?" + SENT + "=1");
      FacesContext.getCurrentInstance().responseComplete();
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      for (Problem p : refused.problems()) {
        String field = FIELDS.getOrDefault(p.field(), productField(p.field()));
        errors.merge(
            field, messages.text(p.messageKey(), p.arguments().toArray()), (a, b) -> a + " " + b);
      }
    } catch (RegistrationService.TooManyException e) {
      response.setStatus(429);
      tooMany = true;
    }
  }

  /** {@code product2.price} is the form's {@code produk2_harga}; anything else stays general. */
  private static String productField(String field) {
    if (field.startsWith("product") && field.contains(".")) {
      String row = field.substring("product".length(), field.indexOf('.'));
      String part = field.substring(field.indexOf('.') + 1);
      return "produk"
          + row
          + "_"
          + switch (part) {
            case "name" -> "nama";
            case "price" -> "harga";
            case "photo" -> "foto";
            default -> "satuan";
          };
    }
    return "form";
  }

  private Application application() throws IOException {
    List<Application.FirstProduct> products = new ArrayList<>();
    for (int row = 1; row <= Application.MAX_PRODUCTS; row++) {
      products.add(
          new Application.FirstProduct(
              value("produk" + row + "_nama"),
              value("produk" + row + "_harga"),
              value("produk" + row + "_satuan"),
              photo("produk" + row + "_foto")));
    }
    return new Application(
        value(BUSINESS),
        value(OWNER),
        value(DESCRIPTION),
        value(DISTRICT),
        null,
        value(ADDRESS),
        value(WHATSAPP),
        value(EMAIL),
        request.getParameter(PUBLISH_PHONE) != null,
        request.getParameter(PUBLISH_ADDRESS) != null,
        products);
  }

  /** An uploaded photo, at most the pipeline's size (a larger one is refused by the pipeline). */
  private byte[] photo(String field) throws IOException {
    String type = request.getContentType();
    if (type == null || !type.startsWith("multipart/form-data")) {
      return null;
    }
    try {
      Part part = request.getPart(field);
      if (part == null || part.getSize() == 0) {
        return null;
      }
      try (InputStream in = part.getInputStream()) {
        return in.readNBytes(ImagePipeline.MAX_BYTES + 1);
      }
    } catch (ServletException | IllegalStateException notAPart) {
      return null;
    }
  }

  /** What the visitor typed in a field (kept when the form comes back), or empty. */
  public String value(String field) {
    String v = "POST".equals(request.getMethod()) ? request.getParameter(field) : null;
    return v == null || v.length() > 5000 ? null : v;
  }

  public boolean isChecked(String field) {
    return "POST".equals(request.getMethod()) && request.getParameter(field) != null;
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean isRefused() {
    return !errors.isEmpty();
  }

  public boolean isTooMany() {
    return tooMany;
  }

  public boolean isSent() {
    return "GET".equals(request.getMethod()) && request.getParameter(SENT) != null;
  }

  public RegistrationChallenge.Question getQuestion() {
    return question;
  }

  public List<District> getDistricts() {
    return regions.districtsOf(currentTenant.require().regencyCode());
  }

  /** A product row of the form and the names of its fields. */
  public record ProductRow(int number, String name, String price, String unit, String photo) {}

  public List<ProductRow> getProductRows() {
    List<ProductRow> rows = new ArrayList<>();
    for (int n = 1; n <= Application.MAX_PRODUCTS; n++) {
      String p = "produk" + n;
      rows.add(new ProductRow(n, p + "_nama", p + "_harga", p + "_satuan", p + "_foto"));
    }
    return rows;
  }
}
