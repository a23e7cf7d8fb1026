package id.etalase.catalog;

import id.etalase.access.ConsoleUser;
import id.etalase.curation.CuratedRecords;
import id.etalase.curation.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Products as curation, pending changes and photos reach them (see {@link CuratedRecords}). */
@ApplicationScoped
@Transactional
public class CuratedProducts implements CuratedRecords<Product, ProductData> {

  @Inject private ProductRepository products;
  @Inject private ProductService service;
  @Inject private ProductChecks checks;

  @Override
  public RecordType type() {
    return RecordType.Product;
  }

  @Override
  public Class<Product> entityType() {
    return Product.class;
  }

  @Override
  public Class<ProductData> dataType() {
    return ProductData.class;
  }

  @Override
  public Optional<Product> find(long id) {
    return products.findById(id);
  }

  @Override
  public Optional<Product> findBySlug(String slug) {
    return products.findBySlug(slug);
  }

  @Override
  public Optional<String> owningBusinessPath() {
    return Optional.of("e.business.id");
  }

  @Override
  public Optional<ProductData> dataOf(long id) {
    return products.findById(id).map(Product::toData);
  }

  @Override
  public ProductData checked(ProductData edit) {
    return checks.checked(edit);
  }

  @Override
  public void update(ConsoleUser actor, long id, ProductData data) {
    service.update(actor, id, data);
  }
}
