// Shared by every page: API calls (with the bearer token when the server asks for one), safe DOM building
// (text only, never HTML from data), and the pieces several pages render: an event row, a pager, errors.
'use strict';

const Entente = (() => {
  const TOKEN_KEY = 'entente.token';

  /** GET an API path; on 401 asks once for the token (kept for this tab) and retries. */
  async function api(path) {
    const headers = {};
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers['Authorization'] = 'Bearer ' + token;
    const r = await fetch(path, { headers });
    if (r.status === 401 && !token) {
      const t = window.prompt('This server needs an access token');
      if (t) { sessionStorage.setItem(TOKEN_KEY, t); return api(path); }
    }
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === 'class') e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function fill(tbody, rows) {
    tbody.replaceChildren(...rows);
  }

  function showError(err) {
    const p = document.getElementById('error');
    if (p) { p.textContent = err.message || String(err); p.hidden = false; }
  }

  /** The URL's query parameters without empty values. */
  function params() {
    const out = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(location.search)) if (v.trim() !== '') out.set(k, v.trim());
    return out;
  }

  /** Puts the URL's values into a form's fields, so that the form shows the state the address holds. */
  function restoreForm(form, p) {
    for (const [k, v] of p) if (form.elements[k]) form.elements[k].value = v;
  }

  function parties(e) {
    return e.actors.map((a, i) => [i ? ' · ' : '', a.name, a.country ? ' (' + a.country + ')' : '']).flat();
  }

  /** A table row of an event; its date links to the event page. */
  function eventRow(s, withStatus, withPlace) {
    const e = s.event;
    const cells = [
      el('td', {}, el('a', { href: '/events/' + s.id, class: 'event-link' }, e.date || 'undated')),
      el('td', {}, el('span', { class: 'tag ' + e.type }, e.type)),
    ];
    if (withStatus) cells.push(el('td', {}, e.status));
    cells.push(el('td', {}, parties(e)));
    cells.push(el('td', {}, e.instrument ? e.instrument.text : (e.event_name || '')));
    if (withPlace) cells.push(el('td', {}, e.location ? e.location.name : ''));
    return el('tr', { 'data-event': s.id }, cells);
  }

  /** Previous / next links that keep every other parameter of the address. */
  function pager(nav, result, p, basePath) {
    const link = (page, label) => {
      const q = new URLSearchParams(p); q.set('page', page);
      return el('a', { href: basePath + '?' + q, class: 'page-link', 'data-page': page }, label);
    };
    const parts = [];
    if (result.page > 1) parts.push(link(result.page - 1, '‹ previous'));
    parts.push(el('span', {}, 'page ' + result.page + ' of ' + Math.max(1, result.pages)));
    if (result.page < result.pages) parts.push(link(result.page + 1, 'next ›'));
    nav.replaceChildren(...parts);
  }

  return { api, el, fill, showError, params, restoreForm, eventRow, pager, parties };
})();
