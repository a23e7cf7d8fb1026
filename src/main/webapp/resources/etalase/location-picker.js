/* The consoles' location picker: a click on the map fills the latitude and longitude fields, and
   typed coordinates move the marker. Without the map (no script, no tiles) the fields still work. */
(function () {
  'use strict';

  function number(input) {
    var value = parseFloat((input.value || '').replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  function init(element) {
    if (element.dataset.ready || !window.L) {
      return;
    }
    var latitude = document.getElementById(element.dataset.latitude);
    var longitude = document.getElementById(element.dataset.longitude);
    if (!latitude || !longitude) {
      return;
    }
    element.dataset.ready = 'true';
    var centre = (element.dataset.centre || '-2.5,118,5').split(',').map(Number);
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution }).addTo(map);
    var marker = null;

    function show(centreOnIt) {
      var lat = number(latitude);
      var lng = number(longitude);
      if (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        return false;
      }
      if (marker) {
        marker.setLatLng([lat, lng]);
      } else {
        marker = L.circleMarker([lat, lng], { radius: 9, weight: 3 }).addTo(map);
      }
      if (centreOnIt) {
        map.setView([lat, lng], 16);
      }
      return true;
    }

    if (!show(true)) {
      map.setView([centre[0], centre[1]], centre[2]);
    }
    map.on('click', function (event) {
      var point = event.latlng.wrap();
      latitude.value = point.lat.toFixed(6);
      longitude.value = point.lng.toFixed(6);
      show(false);
    });
    [latitude, longitude].forEach(function (input) {
      input.addEventListener('change', function () {
        show(false);
      });
    });
  }

  function initAll() {
    document.querySelectorAll('[data-location-map]').forEach(init);
  }

  document.addEventListener('DOMContentLoaded', function () {
    initAll();
    if (window.jQuery) {
      // PrimeFaces replaces the form after saving; the new map element needs its map again.
      window.jQuery(document).on('pfAjaxComplete', initAll);
    }
  });
})();
