package id.etalase.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Platform admins: a platform table, read with the plain entity manager. */
@ApplicationScoped
public class PlatformAdminRepository {

  @PersistenceContext(unitName = "etalase")
  private EntityManager em;

  public Optional<PlatformAdmin> findByEmail(String email) {
    return em.createQuery(
            "SELECT a FROM PlatformAdmin a WHERE a.email = :email", PlatformAdmin.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public Optional<PlatformAdmin> findById(long id) {
    return Optional.ofNullable(em.find(PlatformAdmin.class, id));
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM PlatformAdmin a", Long.class).getSingleResult();
  }

  void persist(PlatformAdmin admin) {
    em.persist(admin);
  }
}
