package id.etalase.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the government narrows its dashboard to: a period of whole days (Jakarta time) for the
 * figures over time, and optionally one kecamatan for every figure. The language chooses category
 * names; everything else on the dashboard is data or a message key.
 *
 * @param districtCode a kecamatan of the tenant's regency, or null for all
 */
public record InsightFilter(LocalDate from, LocalDate to, String districtCode, String language) {

  /** Days are counted in the regency's time, Western Indonesian Time for now. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  /** The longest period: five years of months still draw as a readable chart. */
  public static final long MAX_DAYS = 5 * 366;

  public InsightFilter {
    if (from == null || to == null) {
      throw new IllegalArgumentException("A period has a first and a last day");
    }
    language = "en".equals(language) ? "en" : "id";
    districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
  }

  /** The last twelve months up to today, every kecamatan. */
  public static InsightFilter lastYear(String language) {
    LocalDate today = LocalDate.now(ZONE);
    return new InsightFilter(today.minusMonths(11).withDayOfMonth(1), today, null, language);
  }

  public InsightFilter withDistrict(String code) {
    return new InsightFilter(from, to, code, language);
  }

  /** The months of the period, {@code 2026-01} style, first to last: the charts' labels. */
  public List<String> months() {
    List<String> months = new ArrayList<>();
    YearMonth last = YearMonth.from(to);
    for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m.toString());
    }
    return months;
  }

  /** Whether the period runs forward and is not longer than {@link #MAX_DAYS}. */
  public boolean isPeriodValid() {
    return !to.isBefore(from) && ChronoUnit.DAYS.between(from, to) <= MAX_DAYS;
  }
}
