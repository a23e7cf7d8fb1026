package id.etalase.tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The custom domains one tenant holds, pending or verified, and the one its canonical URLs use:
 * claiming and releasing them, vouching for them from the tenant's folder, choosing the canonical
 * one. The claims must change together with the canonical choice (a released domain stops being
 * canonical, only a verified one can become it), and that bookkeeping is kept here rather than in
 * {@link Tenant}, which is about the tenant itself.
 *
 * <p>A view of the tenant's own mapped rows ({@link TenantDomain}) and of its {@code
 * canonical_domain} column: it holds nothing of its own, so it is asked of the tenant ({@link
 * Tenant#domains()}) each time, and the canonical choice is written through the entity, where the
 * persistence provider sees the change.
 */
public final class DomainClaims {

  private final Tenant tenant;
  private final Set<TenantDomain> claims;

  /**
   * @param claims the tenant's mapped collection itself, not a copy
   */
  DomainClaims(Tenant tenant, Set<TenantDomain> claims) {
    this.tenant = tenant;
    this.claims = claims;
  }

  /**
   * The custom domains the tenant's admin wants: those it holds already stay as they are (pending
   * or verified), new ones are claimed as pending, the others are released. Whether a domain may be
   * claimed and is free is checked before, with {@link TenantRules} and the registry.
   *
   * @param wanted domains as {@link TenantRules#normaliseDomain} leaves them
   * @return the newly claimed domains
   */
  public List<String> request(Collection<String> wanted) {
    for (String domain : wanted) {
      if (!TenantRules.isDomainName(domain)) {
        throw new IllegalArgumentException("Not a domain name: " + domain);
      }
    }
    claims.removeIf(d -> !wanted.contains(d.getDomain()));
    String canonical = canonical();
    if (canonical != null && !wanted.contains(canonical)) {
      tenant.canonical(null);
    }
    List<String> claimed = new ArrayList<>();
    for (String domain : new TreeSet<>(wanted)) {
      if (get(domain).isEmpty()) {
        claims.add(new TenantDomain(tenant, domain));
        claimed.add(domain);
      }
    }
    return claimed;
  }

  /**
   * The domains of the tenant's folder, which the platform team wrote: the tenant holds exactly
   * these, and each counts as verified ({@link DomainProof#FOLDER}).
   */
  public void serveFromFolder(Collection<String> folderDomains, String canonical) {
    request(folderDomains);
    vouchFromFolder(folderDomains);
    chooseCanonical(canonical);
  }

  /**
   * Verifies the domains that the tenant holds pending and its folder lists.
   *
   * @return the domains this verified
   */
  public List<String> vouchFromFolder(Collection<String> folderDomains) {
    List<String> vouched = new ArrayList<>();
    for (TenantDomain d : claims) {
      if (folderDomains.contains(d.getDomain())
          && d.verify(DomainProof.FOLDER, "tenants/" + tenant.getSlug() + "/tenant.yaml")) {
        vouched.add(d.getDomain());
      }
    }
    return vouched;
  }

  /**
   * Chooses the domain of canonical URLs and mailed links.
   *
   * @param domain one of the tenant's verified domains, or null for the platform's address
   */
  public void chooseCanonical(String domain) {
    if (domain != null && get(domain).filter(TenantDomain::isVerified).isEmpty()) {
      throw new IllegalArgumentException(
          "Only a verified domain of " + tenant.getSlug() + " can be canonical, not: " + domain);
    }
    tenant.canonical(domain);
  }

  /**
   * Gives up a claim, pending or verified; when it was the canonical domain, canonical URLs fall
   * back to the platform's address of the tenant.
   *
   * @return whether the tenant held the domain
   */
  public boolean release(String domain) {
    if (domain.equals(canonical())) {
      tenant.canonical(null);
    }
    return claims.removeIf(d -> d.getDomain().equals(domain));
  }

  /** One of the tenant's claims, pending or verified. */
  public Optional<TenantDomain> get(String domain) {
    return claims.stream().filter(d -> d.getDomain().equals(domain)).findFirst();
  }

  /** Every claim, pending or verified. */
  public Set<TenantDomain> all() {
    return Collections.unmodifiableSet(claims);
  }

  /** The names of every claim, pending or verified, sorted. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    claims.forEach(d -> names.add(d.getDomain()));
    return Collections.unmodifiableSet(names);
  }

  /** The verified domain canonical URLs use, or null for the platform's address of the tenant. */
  public String canonical() {
    return tenant.getCanonicalDomain();
  }
}
