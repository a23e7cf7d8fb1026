package id.etalase.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official regions as Liquibase loaded them (changes 0004 and 0005), read once, in code order,
 * so that the same seed draws the same kecamatan and desa.
 */
final class RegionData {

  record Village(String code, String name) {}

  record District(String code, String name, List<Village> villages) {}

  /**
   * A regency or city with its districts.
   *
   * @param shortName the name without "Kabupaten", "Kota" or "Administrasi", as people say it
   */
  record Regency(String code, String name, String shortName, List<District> districts) {
    boolean isCity() {
      return name.startsWith("Kota ");
    }
  }

  final List<Regency> regencies;

  private RegionData(List<Regency> regencies) {
    this.regencies = List.copyOf(regencies);
  }

  static RegionData read(Connection db) throws SQLException {
    Map<String, List<Village>> villages = new LinkedHashMap<>();
    Map<String, List<District>> districts = new LinkedHashMap<>();
    List<Regency> regencies = new ArrayList<>();
    try (Statement sql = db.createStatement()) {
      try (ResultSet rows =
          sql.executeQuery("SELECT code, district_code, name FROM region_village ORDER BY code")) {
        while (rows.next()) {
          villages
              .computeIfAbsent(rows.getString(2), k -> new ArrayList<>())
              .add(new Village(rows.getString(1), rows.getString(3)));
        }
      }
      try (ResultSet rows =
          sql.executeQuery("SELECT code, regency_code, name FROM region_district ORDER BY code")) {
        while (rows.next()) {
          List<Village> in = villages.getOrDefault(rows.getString(1), List.of());
          if (!in.isEmpty()) {
            districts
                .computeIfAbsent(rows.getString(2), k -> new ArrayList<>())
                .add(new District(rows.getString(1), rows.getString(3), List.copyOf(in)));
          }
        }
      }
      try (ResultSet rows =
          sql.executeQuery("SELECT code, name FROM region_regency ORDER BY code")) {
        while (rows.next()) {
          String name = rows.getString(2);
          regencies.add(
              new Regency(
                  rows.getString(1),
                  name,
                  name.replaceFirst("^(Kabupaten|Kota)( Administrasi)? ", ""),
                  List.copyOf(districts.getOrDefault(rows.getString(1), List.of()))));
        }
      }
    }
    if (regencies.isEmpty()) {
      throw new IllegalStateException("The region tables are empty: is the schema migrated?");
    }
    return new RegionData(regencies);
  }
}
