package id.etalase.registration;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.audit.Actor;
import id.etalase.audit.AuditEntry;
import id.etalase.audit.AuditLog;
import id.etalase.audit.FieldChange;
import id.etalase.business.Business;
import id.etalase.business.BusinessChecks;
import id.etalase.business.BusinessData;
import id.etalase.business.BusinessRepository;
import id.etalase.business.BusinessService;
import id.etalase.catalog.ProductData;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductService;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.curation.PublicationStatus;
import id.etalase.importing.FieldResult;
import id.etalase.importing.PriceText;
import id.etalase.media.PhotoOwner;
import id.etalase.media.PhotoService;
import id.etalase.region.RegionNames;
import id.etalase.tenant.CurrentTenant;
import id.etalase.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Self-registration of a business by its owner, on the tenant's public site. The business lands as
 * SUBMITTED in the operators' verification queue, through {@link BusinessService} and {@link
 * ProductService} with every check the console forms get; its owner's contact goes into a {@link
 * BusinessRegistration} beside it, and reaches the public profile only where the owner consented.
 *
 * <p>Against abuse, before anything is read: attempts and registrations are limited per client
 * address, a field people never see must stay empty (what fills it is told it worked and nothing is
 * written), and a small sum must be answered with a token this node signed, once, neither too fast
 * nor too late ({@link RegistrationChallenge}). Addresses are counted in memory only; none is
 * stored.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

  /** What became of an application. */
  public enum Outcome {
    /** Written: the business waits for verification. */
    REGISTERED,
    /** The hidden field was filled: answered like a success, nothing written. */
    IGNORED
  }

  /** Too many attempts or registrations from one address; try again after the window. */
  public static class TooManyException extends RuntimeException {
    public TooManyException() {
      super("Too many registrations from one address");
    }
  }

  private static final Actor APPLICANT =
      new Actor(AuditEntry.ActorKind.SYSTEM, null, "pendaftaran mandiri", null);

  @Inject private BusinessService businessService;
  @Inject private BusinessChecks businessChecks;
  @Inject private BusinessRepository businesses;
  @Inject private ProductService products;
  @Inject private ProductRepository productRecords;
  @Inject private CurrentTenant currentTenant;
  @Inject private TenantEntityManager tenantEm;
  @Inject private AuditLog audit;
  @Inject private RegistrationGuard guard;
  @Inject private Access access;
  @Inject private PhotoService photos;

  /** A new question for the current tenant's form. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RegistrationChallenge.Question ask() {
    return guard.ask(currentTenant.require().id());
  }

  /**
   * Registers the application for the current tenant.
   *
   * @throws TooManyException when the address used up its attempts or registrations
   * @throws InvalidInputException with every problem of the form (the answer included), writing
   *     nothing
   */
  public Outcome register(
      Application application, String clientAddress, String token, String answer, String hidden) {
    long tenantId = currentTenant.require().id();
    if (guard.tooMany(tenantId, clientAddress)) {
      throw new TooManyException();
    }
    if (hidden != null && !hidden.isEmpty()) {
      return Outcome.IGNORED;
    }
    InputChecks in = new InputChecks();
    RegistrationChallenge.Outcome answered = guard.answer(tenantId, token, answer);
    if (answered != RegistrationChallenge.Outcome.ACCEPTED) {
      in.problem("answer", "registration.answer." + answered.name().toLowerCase());
    }
    String owner = in.required("ownerName", application.ownerName(), 120);
    String whatsapp = in.whatsapp("whatsapp", application.whatsapp());
    if (application.whatsapp() == null || application.whatsapp().isBlank()) {
      in.problem("whatsapp", "problem.required");
    }
    String street = in.text("streetAddress", application.streetAddress(), 300);
    if (application.districtCode() == null || application.districtCode().isBlank()) {
      in.problem("districtCode", "problem.required");
    }
    String email = in.email("email", application.email());
    List<ParsedProduct> parsed = products(application, in);
    BusinessData data = null;
    try {
      data =
          businessChecks.checked(
              businessData(application, owner, whatsapp, email, freeSlug(application)));
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> in.problem(p.field(), p.messageKey(), p.arguments().toArray()));
    }
    in.verify();
    guard.used(token);
    businessService.upsert(data);
    Business business = businesses.findBySlug(data.slug()).orElseThrow();
    for (ParsedProduct p : parsed) {
      String slug = freeProductSlug(data.slug(), p.name());
      products.upsert(
          new ProductData(
              slug,
              data.slug(),
              null,
              p.name(),
              null,
              p.price().min(),
              p.price().max(),
              p.price().negotiable(),
              p.unit(),
              null,
              null,
              false,
              PublicationStatus.SUBMITTED));
      if (p.photo() != null) {
        addPhoto(p, slug);
      }
    }
    BusinessRegistration registration =
        new BusinessRegistration(
            business.getId(),
            new Application(
                application.businessName(),
                owner,
                application.description(),
                application.districtCode(),
                application.villageCode(),
                street,
                whatsapp,
                email,
                application.publishPhone(),
                application.publishAddress(),
                List.of()));
    tenantEm.get().persist(registration);
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    changes.put("applicant", new FieldChange(null, owner));
    changes.put("publishPhone", new FieldChange(null, application.publishPhone()));
    changes.put("publishAddress", new FieldChange(null, application.publishAddress()));
    audit.record(APPLICANT, "Business", business.getId(), business.getName(), "REGISTER", changes);
    guard.registered(tenantId, clientAddress);
    return Outcome.REGISTERED;
  }

  /**
   * The application of a business, when its owner registered it on the public form: for the
   * tenant's staff, who verify it and may invite the applicant.
   */
  public Optional<BusinessRegistration> of(ConsoleUser actor, long businessId) {
    access.staff(actor);
    return tenantEm
        .get()
        .createQuery(
            "SELECT r FROM BusinessRegistration r WHERE r.businessId = :id",
            BusinessRegistration.class)
        .setParameter("id", businessId)
        .getResultStream()
        .findFirst();
  }

  private record ParsedProduct(
      int row, String name, PriceText.Price price, String unit, byte[] photo) {}

  /**
   * Through the upload pipeline, as the console adds photos: a refused file refuses the whole
   * registration (the transaction rolls back), with the message on that product's photo field.
   */
  private void addPhoto(ParsedProduct p, String slug) {
    try {
      photos.add(PhotoOwner.product(slug), p.photo(), p.name());
    } catch (InvalidInputException refused) {
      throw new InvalidInputException(
          refused.problems().stream()
              .map(x -> new Problem("product" + p.row() + ".photo", x.messageKey(), x.arguments()))
              .toList());
    }
  }

  private static List<ParsedProduct> products(Application application, InputChecks in) {
    List<ParsedProduct> parsed = new ArrayList<>();
    int row = 0;
    for (Application.FirstProduct p : application.products()) {
      row++;
      if (p.isEmpty() || row > Application.MAX_PRODUCTS) {
        continue;
      }
      String name = in.required("product" + row + ".name", p.name(), 200);
      FieldResult<PriceText.Price> price = PriceText.parse(p.price());
      if (price.isError() || price.value() == null) {
        in.problem("product" + row + ".price", "registration.price");
      }
      String unit = in.text("product" + row + ".unit", p.unit(), 40);
      byte[] photo = p.photo() == null || p.photo().length == 0 ? null : p.photo();
      if (name != null && price.value() != null) {
        parsed.add(new ParsedProduct(row, name, price.value(), unit, photo));
      }
    }
    return parsed;
  }

  /**
   * The profile as the owner agreed to publish it: their WhatsApp number and street address only
   * with consent (the operator sees both in the registration either way).
   */
  private static BusinessData businessData(
      Application a, String owner, String whatsapp, String email, String slug) {
    return new BusinessData(
        slug,
        a.businessName() == null ? null : a.businessName().strip(),
        owner,
        a.description(),
        null,
        a.districtCode(),
        a.villageCode(),
        a.publishAddress() ? a.streetAddress() : null,
        null,
        null,
        null,
        a.publishPhone() ? whatsapp : null,
        a.publishPhone() ? email : null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        PublicationStatus.SUBMITTED,
        null);
  }

  /** A slug from the business's name that no business of the tenant has yet. */
  private String freeSlug(Application a) {
    String name = a.businessName() == null ? "" : a.businessName();
    return free(name, "usaha", slug -> businesses.findBySlug(slug).isPresent());
  }

  private String freeProductSlug(String businessSlug, String name) {
    return free(name, businessSlug, slug -> productRecords.findBySlug(slug).isPresent());
  }

  /** The name as a slug (or the fallback), cut to 70 characters, numbered until it is free. */
  private static String free(String name, String fallback, Predicate<String> taken) {
    String base = RegionNames.slug(name);
    base = base.isEmpty() ? fallback : base;
    base = base.length() > 70 ? base.substring(0, 70).replaceAll("-+$", "") : base;
    String slug = base;
    for (int n = 2; taken.test(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
