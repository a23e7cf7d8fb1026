package id.etalase.importing;

import id.etalase.access.Access;
import id.etalase.access.ConsoleUser;
import id.etalase.common.InputChecks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The column mappings a tenant's operators saved by name, for the next file from the same source:
 * listed, read and saved by the tenant's operators and admins only. A mapping is stored in {@link
 * ColumnMapping#serialise()}'s form, checked before it is kept.
 */
@ApplicationScoped
@Transactional
public class ImportMappings {

  @Inject private Access access;
  @Inject private ImportRepository repository;

  /** The tenant's saved mappings, by name. */
  public List<ImportMapping> mappings(ConsoleUser actor) {
    access.staff(actor);
    return repository.mappings();
  }

  public Optional<ImportMapping> mapping(ConsoleUser actor, long id) {
    access.staff(actor);
    return repository.mapping(id);
  }

  /**
   * Saves a mapping under a name, replacing the one of that name.
   *
   * @throws InvalidInputException when the name is missing or a mapping is not valid
   */
  public ImportMapping save(
      ConsoleUser actor, String name, String mappingUsaha, String mappingProduk) {
    access.staff(actor);
    InputChecks in = new InputChecks();
    String checked = in.required("name", name, ImportMapping.NAME_MAX);
    in.verify();
    String usaha = parsed(ImportSheet.USAHA, mappingUsaha).serialise();
    String produk = parsed(ImportSheet.PRODUK, mappingProduk).serialise();
    ImportMapping saved =
        repository
            .mappingNamed(checked)
            .orElseGet(
                () -> {
                  ImportMapping m = new ImportMapping(checked);
                  repository.persist(m);
                  return m;
                });
    saved.set(usaha, produk);
    return saved;
  }

  /**
   * A sheet's mapping from its stored form; null is the automatic one (the template's headers).
   *
   * @throws InvalidInputException when it is not a valid mapping for the sheet
   */
  static ColumnMapping parsed(ImportSheet sheet, String text) {
    try {
      return ColumnMapping.parse(sheet, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(new Problem("batch", "import.mapping.invalid", List.of(sheet.sheetName()))));
    }
  }
}
