package id.etalase.business;

import id.etalase.access.ConsoleUser;
import id.etalase.curation.CuratedRecords;
import id.etalase.curation.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Businesses as curation, pending changes and photos reach them (see {@link CuratedRecords}). */
@ApplicationScoped
@Transactional
public class CuratedBusinesses implements CuratedRecords<Business, BusinessData> {

  @Inject private BusinessRepository businesses;
  @Inject private BusinessService service;
  @Inject private BusinessChecks checks;

  @Override
  public RecordType type() {
    return RecordType.Business;
  }

  @Override
  public Class<Business> entityType() {
    return Business.class;
  }

  @Override
  public Class<BusinessData> dataType() {
    return BusinessData.class;
  }

  @Override
  public Optional<Business> find(long id) {
    return businesses.findById(id);
  }

  @Override
  public Optional<Business> findBySlug(String slug) {
    return businesses.findBySlug(slug);
  }

  @Override
  public Optional<String> owningBusinessPath() {
    return Optional.of("e.id");
  }

  @Override
  public Optional<BusinessData> dataOf(long id) {
    return businesses.findById(id).map(Business::toData);
  }

  @Override
  public BusinessData checked(BusinessData edit) {
    return checks.checked(edit);
  }

  @Override
  public void update(ConsoleUser actor, long id, BusinessData data) {
    service.update(actor, id, data);
  }
}
