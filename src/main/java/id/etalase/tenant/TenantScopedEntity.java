package id.etalase.tenant;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * The base of every tenant-scoped entity. EclipseLink fills and filters {@code tenant_id} from the
 * tenant that {@link TenantEntityManager} set; PostgreSQL's row-level security checks it again. The
 * entity itself never exposes the column, so no code can move a row to another tenant.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT,
    discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public abstract class TenantScopedEntity {}
