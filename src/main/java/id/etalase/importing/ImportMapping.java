package id.etalase.importing;

import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A column mapping an operator saved by name ("Data Disperindag 2025"), for the next file from the
 * same source: each sheet's choices in {@link ColumnMapping#serialise()}'s form.
 */
@Entity
@Table(name = "import_mapping")
public class ImportMapping extends TenantScopedEntity {

  public static final int NAME_MAX = 100;

  @Id
  @SequenceGenerator(name = "import_id", sequenceName = "import_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_id")
  private Long id;

  private String name;

  @Column(name = "mapping_usaha")
  private String mappingUsaha = "";

  @Column(name = "mapping_produk")
  private String mappingProduk = "";

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected ImportMapping() {}

  ImportMapping(String name) {
    this.name = name;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void set(String usaha, String produk) {
    this.mappingUsaha = usaha == null ? "" : usaha;
    this.mappingProduk = produk == null ? "" : produk;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getMappingUsaha() {
    return mappingUsaha;
  }

  public String getMappingProduk() {
    return mappingProduk;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
