package id.etalase.tenant;

import java.time.OffsetDateTime;

/**
 * A tenant's custom domain as the consoles show it: its state and, while it is pending, what the
 * tenant must publish to prove it. An immutable copy of {@link TenantDomain}.
 */
public record CustomDomain(
    String domain,
    DomainStatus status,
    String token,
    DomainProof proof,
    OffsetDateTime requestedAt,
    OffsetDateTime verifiedAt,
    OffsetDateTime lastCheckAt,
    String lastCheckResult) {

  /** The path of the token file on the domain. The application never serves it itself. */
  public static final String WELL_KNOWN_PATH = "/.well-known/etalase-verifikasi.txt";

  /** The label under the domain whose TXT record holds the token. */
  public static final String TXT_LABEL = "_etalase";

  /** What the TXT record holds, before the token. */
  public static final String TXT_PREFIX = "etalase-verifikasi=";

  static CustomDomain of(TenantDomain d) {
    return new CustomDomain(
        d.getDomain(),
        d.getStatus(),
        d.getToken(),
        d.getProof(),
        d.getRequestedAt(),
        d.getVerifiedAt(),
        d.getLastCheckAt(),
        d.getLastCheckResult());
  }

  public boolean isVerified() {
    return status == DomainStatus.VERIFIED;
  }

  /** The name of the TXT record: {@code _etalase.<domain>}. */
  public String txtName() {
    return TXT_LABEL + "." + domain;
  }

  /** The value of the TXT record: {@code etalase-verifikasi=<token>}. */
  public String txtValue() {
    return TXT_PREFIX + token;
  }

  /** Where the token file must be: {@code http://<domain>/.well-known/etalase-verifikasi.txt}. */
  public String fileUrl() {
    return "http://" + domain + WELL_KNOWN_PATH;
  }
}
