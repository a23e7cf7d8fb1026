package id.etalase.web.admin;

import id.etalase.common.InvalidInputException;
import id.etalase.insight.Chart;
import id.etalase.insight.Dashboard;
import id.etalase.insight.Figure;
import id.etalase.insight.InsightExports;
import id.etalase.insight.InsightFilter;
import id.etalase.insight.InsightService;
import id.etalase.region.District;
import id.etalase.region.RegionRepository;
import id.etalase.tenant.Branding;
import id.etalase.tenant.CurrentTenant;
import id.etalase.web.CurrentLanguage;
import id.etalase.web.consoles.common.ConsoleMessages;
import id.etalase.web.consoles.common.Downloads;
import id.etalase.web.consoles.common.SignedIn;
import id.etalase.web.konsol.ExportBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * {@code /admin/}: the government's dashboard, with its period and kecamatan filter, its charts
 * (PrimeFaces' Chart.js component, fed a JSON configuration) and its downloads. Only the filter is
 * kept in the view; the figures are counted again on each request, by {@link InsightService}, which
 * checks who asks.
 */
@Named
@ViewScoped
public class InsightBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject private transient InsightService insight;
  @Inject private transient InsightExports exports;
  @Inject private transient SignedIn signedIn;
  @Inject private transient CurrentTenant currentTenant;
  @Inject private transient CurrentLanguage language;
  @Inject private transient RegionRepository regions;
  @Inject private transient ConsoleMessages messages;

  private LocalDate from;
  private LocalDate to;
  private String districtCode;
  private transient Dashboard dashboard;
  private transient Map<String, String> districtNames;

  private InsightFilter filter() {
    if (from == null || to == null) {
      InsightFilter initial = InsightFilter.lastYear(language.getCode());
      from = from == null ? initial.from() : from;
      to = to == null ? initial.to() : to;
    }
    return new InsightFilter(from, to, districtCode, language.getCode());
  }

  /** The dashboard for the current filter; empty when the filter was refused. */
  public Dashboard getDashboard() {
    if (dashboard == null) {
      try {
        dashboard = insight.dashboard(signedIn.require(), filter());
      } catch (InvalidInputException refused) {
        messages.problems(refused, Map.of("period", "filter:from", "district", "filter:district"));
        dashboard = new Dashboard(filter(), List.of(), List.of());
      }
    }
    return dashboard;
  }

  /**
   * Applies the filter (ajax): the figures are counted again now, so that a refused filter's
   * message is there before the page's messages render.
   */
  public void apply() {
    dashboard = null;
    getDashboard();
  }

  /** The figure's number as shown: "412" or "37 / 412 (9%)". */
  public String shown(Figure f) {
    // Grouped as the reader's language writes numbers: 138.677.000 in Indonesian.
    NumberFormat number = NumberFormat.getIntegerInstance(language.getLocale());
    return f.isShare()
        ? number.format(f.value()) + " / " + number.format(f.of()) + " (" + f.percent() + "%)"
        : number.format(f.value());
  }

  /**
   * The chart's Chart.js configuration. Labels are record text (kecamatan and category names), so
   * {@code <}, {@code >} and {@code &} are written as JSON escapes: the configuration lands in an
   * inline script, and no name may close it.
   */
  public String json(Chart chart) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("id.etalase.i18n.messages", language.getLocale());
    Branding branding = currentTenant.require().branding();
    String[] palette = {
      branding.getPrimaryColour(),
      branding.getAccentColour(),
      "#6b8e23",
      "#4682b4",
      "#daa520",
      "#8b4513",
      "#708090",
      "#8e44ad",
      "#2e8b57"
    };
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    for (String label : chart.labels()) {
      labels.add(chart.labelPrefix() == null ? label : text(bundle, chart.labelPrefix() + label));
    }
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (int i = 0; i < chart.series().size(); i++) {
      Chart.Series series = chart.series().get(i);
      JsonArrayBuilder data = JSON.createArrayBuilder();
      series.values().forEach(data::add);
      JsonObjectBuilder set =
          JSON.createObjectBuilder().add("label", text(bundle, series.key())).add("data", data);
      if (chart.kind() == Chart.Kind.PIE) {
        JsonArrayBuilder colours = JSON.createArrayBuilder();
        for (int c = 0; c < chart.labels().size(); c++) {
          colours.add(palette[c % palette.length]);
        }
        set.add("backgroundColor", colours);
      } else {
        set.add("backgroundColor", palette[i % palette.length])
            .add("borderColor", palette[i % palette.length]);
      }
      datasets.add(set);
    }
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false);
    if (chart.kind() == Chart.Kind.BAR && chart.labels().size() > 8) {
      options.add("indexAxis", "y");
    }
    if (chart.kind() == Chart.Kind.LINE) {
      // Counts: a month of nothing sits on the axis, not in the middle of a range below zero.
      options.add(
          "scales",
          JSON.createObjectBuilder()
              .add(
                  "y",
                  JSON.createObjectBuilder()
                      .add("min", 0)
                      .add("ticks", JSON.createObjectBuilder().add("precision", 0))));
    }
    String json =
        JSON.createObjectBuilder()
            .add("type", chart.kind().name().toLowerCase())
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build()
            .toString();
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** A height that fits the chart's bars, for horizontal bar charts of many kecamatan. */
  public int height(Chart chart) {
    return chart.kind() == Chart.Kind.BAR && chart.labels().size() > 8
        ? Math.min(1600, 60 + 22 * chart.labels().size())
        : 300;
  }

  private static String text(ResourceBundle bundle, String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  /** Every chart's data, one sheet each, with the figures. */
  public void xlsx() {
    InsightFilter f = filter();
    Downloads.send(
        ExportBacking.fileName(currentTenant.require().slug(), "dasbor", "xlsx"),
        Downloads.XLSX,
        out -> exports.xlsx(signedIn.require(), f, null, out));
  }

  /** One chart's data. */
  public void chartXlsx(String chartKey) {
    InsightFilter f = filter();
    String sheet =
        getDashboard().chart(chartKey).map(Chart::sheet).orElseThrow(IllegalArgumentException::new);
    Downloads.send(
        ExportBacking.fileName(currentTenant.require().slug(), sheet, "xlsx"),
        Downloads.XLSX,
        out -> exports.xlsx(signedIn.require(), f, chartKey, out));
  }

  /** The whole dashboard as a branded PDF report. */
  public void pdf() {
    InsightFilter f = filter();
    Downloads.send(
        ExportBacking.fileName(currentTenant.require().slug(), "laporan", "pdf"),
        "application/pdf",
        out -> exports.pdf(signedIn.require(), f, out));
  }

  public Map<String, String> getDistricts() {
    if (districtNames == null) {
      districtNames = new LinkedHashMap<>();
      for (District d : regions.districtsOf(currentTenant.require().regencyCode())) {
        districtNames.put(d.getCode(), d.getName());
      }
    }
    return districtNames;
  }

  public LocalDate getFrom() {
    filter();
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    filter();
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }
}
