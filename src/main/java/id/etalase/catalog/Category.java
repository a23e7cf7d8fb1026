package id.etalase.catalog;

import id.etalase.tenant.PublicRecordListener;
import id.etalase.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A product category of one tenant, in a tree (Makanan &amp; Minuman, then Keripik). Each regency
 * starts with the same defaults and shapes its own tree. Named in Indonesian, optionally in
 * English.
 */
@Entity
@EntityListeners(PublicRecordListener.class)
@Table(name = "category")
public class Category extends TenantScopedEntity {

  @Id
  @SequenceGenerator(name = "catalog_id", sequenceName = "catalog_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Category parent;

  private String slug;
  private String name;

  @Column(name = "name_en")
  private String nameEn;

  private int position;

  @Version private long version;

  protected Category() {}

  Category(String slug) {
    this.slug = slug;
  }

  boolean apply(String name, String nameEn, Category parent, int position) {
    boolean changed =
        !Objects.equals(this.name, name)
            || !Objects.equals(this.nameEn, nameEn)
            || !Objects.equals(parentId(), parent == null ? null : parent.getId())
            || this.position != position;
    this.name = name;
    this.nameEn = nameEn;
    this.parent = parent;
    this.position = position;
    return changed;
  }

  /** The category as the console and the audit log see it. */
  public CategoryData toData() {
    return new CategoryData(slug, name, nameEn, parent == null ? null : parent.getSlug(), position);
  }

  private Long parentId() {
    return parent == null ? null : parent.getId();
  }

  public Long getId() {
    return id;
  }

  public Category getParent() {
    return parent;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  /** The name in a language: English when asked for and given, Indonesian otherwise. */
  public String name(String language) {
    return "en".equals(language) && nameEn != null ? nameEn : name;
  }

  public int getPosition() {
    return position;
  }
}
