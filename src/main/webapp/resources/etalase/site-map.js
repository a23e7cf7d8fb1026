// The public map (site/map.xhtml): loads the markers once, clusters them when zoomed out, and
// filters them by category and kecamatan in the page, without asking the server again. Texts from
// the data are set as text, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L || !L.markerClusterGroup) {
    return;
  }
  var d = el.dataset;
  var category = document.getElementById("map-category");
  var district = document.getElementById("map-district");
  var count = document.getElementById("map-count");
  var brand = getComputedStyle(document.documentElement).getPropertyValue("--brand").trim() || "#1f6f43";
  var map = L.map(el, { preferCanvas: true }).setView([-2.5, 118], 5);
  L.tileLayer(d.tiles, { attribution: d.attribution, maxZoom: 19 }).addTo(map);
  var group = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false });
  map.addLayer(group);
  var names = {};
  Array.prototype.forEach.call(district.options, function (o) { names[o.value] = o.text; });
  var data = null;

  function card(m) {
    var box = document.createElement("div");
    box.className = "map-card";
    var name = document.createElement("strong");
    name.textContent = m[1];
    box.appendChild(name);
    var area = names[data.kecamatan[m[4]]];
    if (area) {
      var p = document.createElement("p");
      p.textContent = area;
      box.appendChild(p);
    }
    var link = document.createElement("a");
    link.href = d.businessPath + encodeURIComponent(m[0]);
    link.textContent = d.open;
    box.appendChild(link);
    return box;
  }

  function show(fit) {
    var c = category.value, k = district.value;
    var ci = data.kategori.indexOf(c), ki = data.kecamatan.indexOf(k);
    var layers = [];
    data.usaha.forEach(function (m) {
      if ((c && m[5].indexOf(ci) < 0) || (k && m[4] !== ki)) {
        return;
      }
      var marker = L.circleMarker([m[2], m[3]], {
        radius: 8, color: "#fff", weight: 2, fillColor: brand, fillOpacity: 0.9
      });
      marker.bindPopup(function () { return card(m); });
      layers.push(marker);
    });
    group.clearLayers();
    group.addLayers(layers);
    count.textContent = d.count.replace("{0}", layers.length.toLocaleString(document.documentElement.lang));
    if (fit && layers.length) {
      map.fitBounds(group.getBounds(), { maxZoom: 15, padding: [20, 20] });
    }
  }

  function changed() {
    var query = new URLSearchParams();
    if (category.value) { query.set("kategori", category.value); }
    if (district.value) { query.set("kecamatan", district.value); }
    var q = query.toString();
    history.replaceState(null, "", location.pathname + (q ? "?" + q : ""));
    show(true);
  }

  var centre = (d.centre || "").split(",").map(Number);
  if (centre.length === 3 && centre.every(isFinite)) {
    map.setView([centre[0], centre[1]], centre[2]);
  }
  fetch(d.markers, { credentials: "omit" })
    .then(function (r) { return r.json(); })
    .then(function (json) {
      data = json;
      show(centre.length !== 3);
      category.addEventListener("change", changed);
      district.addEventListener("change", changed);
    });
})();
