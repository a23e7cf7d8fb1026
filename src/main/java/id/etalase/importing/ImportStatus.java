package id.etalase.importing;

/**
 * Where an import batch stands: previewed (nothing written), running in the background, done,
 * failed (nothing written), or undone after it was done.
 */
public enum ImportStatus {
  PREVIEWED,
  RUNNING,
  DONE,
  FAILED,
  UNDONE
}
