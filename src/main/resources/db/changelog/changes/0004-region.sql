--liquibase formatted sql

--changeset etalase:0004-region
--comment: Indonesia's official administrative areas: platform reference data, the same for every tenant.
CREATE TABLE region_province (
  code  varchar(2)   PRIMARY KEY,
  name  varchar(100) NOT NULL
);
CREATE TABLE region_regency (
  code           varchar(5)   PRIMARY KEY,
  province_code  varchar(2)   NOT NULL REFERENCES region_province (code),
  name           varchar(100) NOT NULL
);
CREATE INDEX region_regency_province ON region_regency (province_code);
CREATE TABLE region_district (
  code          varchar(8)   PRIMARY KEY,
  regency_code  varchar(5)   NOT NULL REFERENCES region_regency (code),
  name          varchar(100) NOT NULL
);
CREATE INDEX region_district_regency ON region_district (regency_code, name);
CREATE TABLE region_village (
  code           varchar(13)  PRIMARY KEY,
  district_code  varchar(8)   NOT NULL REFERENCES region_district (code),
  name           varchar(100) NOT NULL
);
CREATE INDEX region_village_district ON region_village (district_code, name);
--rollback DROP TABLE region_village; DROP TABLE region_district; DROP TABLE region_regency; DROP TABLE region_province;
