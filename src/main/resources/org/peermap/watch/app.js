// peermap watch: follows the preview's event stream and redraws the content, keeping each map's zoom.
// Served by peermap itself; it loads nothing else and sends nothing anywhere but back to the same address.
'use strict';
(function () {
  const zooms = new Map();   // map kind -> {s, x, y}
  let shown = Number(document.body.dataset.version || '0');
  let asked = 0;

  function live(text) {
    const el = document.getElementById('pm-live');
    if (el) el.textContent = text;
  }

  function apply(figure) {
    const z = zooms.get(figure.dataset.map) || {s: 1, x: 0, y: 0};
    const inner = figure.querySelector('.pm-zoom');
    if (inner) inner.style.transform = 'translate(' + z.x + 'px,' + z.y + 'px) scale(' + z.s + ')';
  }

  function zoomBy(figure, factor, cx, cy) {
    const z = zooms.get(figure.dataset.map) || {s: 1, x: 0, y: 0};
    const s = Math.min(12, Math.max(0.5, z.s * factor));
    const k = s / z.s;
    zooms.set(figure.dataset.map, {s: s, x: cx - (cx - z.x) * k, y: cy - (cy - z.y) * k});
    apply(figure);
  }

  function fit(figure) {
    zooms.delete(figure.dataset.map);
    apply(figure);
  }

  function button(label, title, act) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.addEventListener('click', act);
    return b;
  }

  function setUp(figure) {
    const view = figure.querySelector('.pm-view');
    if (!view) return;
    const centre = () => [view.clientWidth / 2, view.clientHeight / 2];
    const bar = document.createElement('div');
    bar.className = 'pm-tools';
    bar.append(button('+', 'Zoom in (+)', () => zoomBy(figure, 1.25, ...centre())),
      button('\u2212', 'Zoom out (\u2212)', () => zoomBy(figure, 0.8, ...centre())),
      button('Fit', 'Whole map (0)', () => fit(figure)));
    figure.insertBefore(bar, view);
    view.tabIndex = 0;
    view.addEventListener('wheel', (e) => {
      e.preventDefault();
      const r = view.getBoundingClientRect();
      zoomBy(figure, e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
    }, {passive: false});
    view.addEventListener('keydown', (e) => {
      if (e.key === '+' || e.key === '=') zoomBy(figure, 1.25, ...centre());
      else if (e.key === '-') zoomBy(figure, 0.8, ...centre());
      else if (e.key === '0') fit(figure);
      else return;
      e.preventDefault();
    });
    let drag = null;
    view.addEventListener('pointerdown', (e) => {
      const z = zooms.get(figure.dataset.map) || {s: 1, x: 0, y: 0};
      drag = {x: e.clientX - z.x, y: e.clientY - z.y, s: z.s};
      view.setPointerCapture(e.pointerId);
    });
    view.addEventListener('pointermove', (e) => {
      if (!drag) return;
      zooms.set(figure.dataset.map, {s: drag.s, x: e.clientX - drag.x, y: e.clientY - drag.y});
      apply(figure);
    });
    const end = () => { drag = null; };
    view.addEventListener('pointerup', end);
    view.addEventListener('pointercancel', end);
    view.addEventListener('dblclick', () => fit(figure));
    apply(figure);
  }

  function setUpAll() {
    document.querySelectorAll('figure.pm-map').forEach(setUp);
  }

  async function refresh() {
    const mine = ++asked;
    try {
      const answer = await fetch('view', {cache: 'no-store', credentials: 'same-origin'});
      if (!answer.ok) throw new Error(String(answer.status));
      const version = Number(answer.headers.get('X-Peermap-Version'));
      const html = await answer.text();
      if (mine !== asked || version < shown) return;
      const open = new Set([...document.querySelectorAll('details[open]')].map((d) => d.className));
      document.getElementById('pm-content').innerHTML = html;
      document.querySelectorAll('details').forEach((d) => { if (open.has(d.className)) d.open = true; });
      shown = version;
      document.body.dataset.version = String(version);
      setUpAll();
      live('live: updated ' + new Date().toLocaleTimeString());
    } catch (e) {
      live('could not fetch the map; is peermap watch still running?');
    }
  }

  function follow() {
    const events = new EventSource('events');
    events.onopen = () => live('live');
    events.onmessage = (e) => {
      if (Number(e.data) !== shown) refresh();
    };
    events.onerror = () => live('not connected: is peermap watch still running? Trying again\u2026');
  }

  setUpAll();
  follow();
})();
