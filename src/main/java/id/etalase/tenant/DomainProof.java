package id.etalase.tenant;

/** How a custom domain was proven to be the tenant's. */
public enum DomainProof {
  /** A TXT record {@code _etalase.<domain>} holds the claim's token. */
  DNS,
  /** {@code http://<domain>/.well-known/etalase-verifikasi.txt} answers the claim's token. */
  HTTP,
  /** A platform admin vouched for it in the platform console, with a note. */
  MANUAL,
  /** The tenant's folder, written by the platform team, lists it. */
  FOLDER
}
