// The pages' little behaviour, without inline script (the Content-Security-Policy forbids it): sortable tables,
// filtered tables, print buttons, a solve's live chart and a plan's map. Every page but those two works without it.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('table.sortable').forEach(makeSortable);
  document.querySelectorAll('[data-filter-table]').forEach(input => {
    const table = document.getElementById(input.dataset.filterTable);
    input.addEventListener('input', () => filter(table, input.value));
  });
  document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
  document.querySelectorAll('[data-events]').forEach(followProgress);
  document.querySelectorAll('[data-map]').forEach(drawMap);
});

/**
 * A solve's progress: the best shortage over time, from the server-sent events, against the least shortage any plan
 * can leave; when solving ends the page reloads to show the plan.
 */
function followProgress(section) {
  const points = JSON.parse(section.dataset.history || '[]');
  const leastKg = section.dataset.leastKg === '' ? null : Number(section.dataset.leastKg);
  const datasets = [{ label: section.dataset.labelShortage, data: points, stepped: true, borderColor: '#dc3545' }];
  if (leastKg !== null) {
    datasets.push({ label: section.dataset.labelLeast, data: [], borderColor: '#198754', borderDash: [6, 4] });
  }
  const chart = typeof Chart === 'undefined' ? null : new Chart(section.querySelector('canvas'), {
    type: 'line',
    data: { datasets },
    options: {
      animation: false, maintainAspectRatio: false, parsing: false,
      scales: { x: { type: 'linear', title: { display: true, text: section.dataset.labelTime } }, y: { beginAtZero: true } }
    }
  });
  const events = new EventSource(section.dataset.events);
  events.addEventListener('progress', event => {
    const progress = JSON.parse(event.data);
    const seconds = (progress.timeSpentMs || 0) / 1000;
    document.getElementById('progress-time').textContent = seconds.toFixed(0);
    if (progress.shortageKg !== null && progress.shortageKg !== undefined) {
      const tons = progress.shortageKg / 1000;
      document.getElementById('progress-shortage').textContent = tons.toLocaleString(document.documentElement.lang,
        { maximumFractionDigits: 2 });
      points.push({ x: seconds, y: tons });
    }
    if (chart) {
      if (leastKg !== null) {
        chart.data.datasets[1].data = [{ x: 0, y: leastKg / 1000 }, { x: Math.max(seconds, 1), y: leastKg / 1000 }];
      }
      chart.update();
    }
    section.dataset.points = String(points.length);
    if (progress.status !== 'scheduled' && progress.status !== 'solving') {
      events.close();
      window.location.reload();
    }
  });
}

/** A click on a column's head sorts the rows by it, numbers as numbers (a cell's data-sort if it has one). */
function makeSortable(table) {
  const heads = table.tHead.rows[0].cells;
  Array.from(heads).forEach((head, column) => head.addEventListener('click', () => {
    const ascending = head.getAttribute('aria-sort') !== 'ascending';
    Array.from(heads).forEach(h => h.removeAttribute('aria-sort'));
    head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort((a, b) => compare(key(a.cells[column]), key(b.cells[column])) * (ascending ? 1 : -1));
    rows.forEach(row => body.appendChild(row));
  }));
}

function key(cell) {
  const text = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  const number = Number(text);
  return text !== '' && !Number.isNaN(number) ? number : text.toLowerCase();
}

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).localeCompare(String(b));
}

/** Shows only the rows whose text contains every word typed. */
function filter(table, text) {
  const words = text.toLowerCase().split(/\s+/).filter(w => w);
  Array.from(table.tBodies[0].rows).forEach(row => {
    const content = row.textContent.toLowerCase();
    row.hidden = !words.every(w => content.includes(w));
  });
}

/**
 * A plan's map: the province outlines served by the application (tiles only when a tile URL is configured), hospitals
 * as circles sized by their request and coloured by the share met (ringed red under 12 hours of oxygen), suppliers and posts as squares, and a line per
 * delivery, as thick as its tons. A hospital's circle opens its explanation.
 */
function drawMap(element) {
  if (typeof L === 'undefined') {
    return;
  }
  const data = element.dataset;
  // Indonesia first; Leaflet draws nothing before a map has a view. The plan's places then set it.
  const map = L.map(element, { zoomSnap: 0.25 }).setView([-2.5, 118], 5);
  if (data.tiles) {
    L.tileLayer(data.tiles, { maxZoom: 18, attribution: data.tileAttribution || '' }).addTo(map);
  }
  fetch(data.outlines).then(r => r.json()).then(outlines => {
    L.geoJSON(outlines, { interactive: false, style: { color: '#6c757d', weight: 1, fillColor: '#f8f9fa', fillOpacity: 1 } })
      .addTo(map).bringToBack();
  });
  fetch(data.map, { headers: { Accept: 'application/json' } }).then(r => r.json()).then(plan => {
    const bounds = [];
    plan.deliveries.forEach(d => {
      L.polyline([[d.fromLat, d.fromLon], [d.toLat, d.toLon]],
        { color: '#0d6efd', opacity: 0.6, weight: Math.max(1, Math.min(10, 1 + d.amount * 1.5)), className: 'delivery-line' })
        .bindTooltip(asText(d.amount.toLocaleString(document.documentElement.lang) + ' t')).addTo(map);
    });
    plan.refills.forEach(r => {
      L.polyline([[r.fromLat, r.fromLon], [r.toLat, r.toLon]],
        { color: '#6f42c1', opacity: 0.4, weight: 1, dashArray: '4 4', className: 'refill-line' }).addTo(map);
    });
    plan.suppliers.forEach(s => square(s, '#0d6efd', data.labelSupplier, 'supplier-marker'));
    plan.collectionPosts.forEach(p => square(p, '#6f42c1', data.labelPost, 'post-marker'));
    plan.hospitals.forEach(h => {
      bounds.push([h.lat, h.lon]);
      // A red ring: under 12 hours of oxygen left, the ministry's tightest band.
      const critical = h.hoursLeft !== null && h.hoursLeft < 12;
      const marker = L.circleMarker([h.lat, h.lon], {
        radius: 3 + Math.min(9, Math.sqrt(h.requestTons) * 4), weight: critical ? 3 : 1,
        color: critical ? '#dc3545' : '#212529', fillOpacity: 0.85,
        fillColor: colourOf(h.shareMet), className: critical ? 'hospital-marker hospital-critical' : 'hospital-marker'
      }).addTo(map);
      const percent = Math.round(h.shareMet * 100);
      const lang = document.documentElement.lang;
      marker.bindTooltip(asText(h.name + ' · ' + percent + ' % ' + data.labelMet
        + (h.shortageTons > 0 ? ' · ' + h.shortageTons.toLocaleString(lang) + ' t ' + data.labelShort : '')
        + (h.hoursLeft !== null ? ' · ' + h.hoursLeft.toLocaleString(lang) + ' ' + data.labelHours : '')));
      marker.on('click', () => { window.location.href = data.explanation + encodeURIComponent(h.id); });
    });
    plan.suppliers.forEach(s => bounds.push([s.lat, s.lon]));
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 12 });
    }
    element.dataset.drawn = String(plan.hospitals.length);

    function square(place, colour, label, className) {
      const size = 0.004;
      L.rectangle([[place.lat - size, place.lon - size], [place.lat + size, place.lon + size]],
        { color: colour, weight: 6, fillOpacity: 1, className }).bindTooltip(asText(label + ': ' + place.name)).addTo(map);
    }
  });
}

/** A tooltip's content as text: Leaflet takes a string as HTML, and names come from uploaded problems. */
function asText(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/** Red for a hospital that gets nothing of its request, through amber, to green for all of it. */
function colourOf(share) {
  const hue = Math.round(120 * Math.max(0, Math.min(1, share)));
  return 'hsl(' + hue + ', 70%, 45%)';
}
