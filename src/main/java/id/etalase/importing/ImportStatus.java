package id.etalase.importing;

/**
 * Where an import batch stands: previewed (nothing written), running in the background, done,
 * failed (nothing written), undone after it was done, or expired: previewed but not confirmed in
 * time, its upload removed, so it can no longer be confirmed.
 */
public enum ImportStatus {
  PREVIEWED,
  RUNNING,
  DONE,
  FAILED,
  UNDONE,
  EXPIRED
}
