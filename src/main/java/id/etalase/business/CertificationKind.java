package id.etalase.business;

/**
 * The certificates Indonesian buyers look for: halal (BPJPH), PIRT (home food production permit),
 * BPOM (food and drug agency registration) and SNI (national standard).
 */
public enum CertificationKind {
  HALAL,
  PIRT,
  BPOM,
  SNI
}
