package id.etalase.tenant;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Announces every write of a record that the public site shows ({@code @EntityListeners} on those
 * entities only; accounts, audit entries and login records change nothing a visitor sees). The
 * database announces the same writes to the other nodes (migration 0017); this node learns of its
 * own at commit, before the response that made them is sent.
 */
public class PublicRecordListener {

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object record) {
    CDI<Object> cdi = CDI.current();
    Long tenant =
        record instanceof TenantScopedEntity
            ? cdi.select(TenantEntityManager.class).get().boundTenant().orElse(null)
            : record instanceof Tenant t ? t.getId() : null;
    cdi.getBeanManager()
        .getEvent()
        .select(PublicDataChanged.class)
        .fire(new PublicDataChanged(tenant));
  }
}
