// The dashboard: /api/stats of the whole base.
'use strict';
(async () => {
  const { api, el, fill, showError } = Entente;
  try {
    const s = await api('/api/stats');
    document.getElementById('total').textContent = s.total + ' events in the knowledge base';
    Charts.monthly(document.getElementById('monthly'), s.monthly);
    fill(document.querySelector('#pairs tbody'), s.topPairs.map(p => el('tr', {},
      el('td', {}, el('a', { href: '/pair/' + p.first + '/' + p.second }, p.first + ' – ' + p.second)),
      el('td', {}, p.events))));
    fill(document.querySelector('#actors tbody'), s.topActors.map(a => el('tr', {},
      el('td', {}, el('a', { href: '/actors/' + a.id }, a.name)), el('td', {}, a.country || '–'),
      el('td', {}, a.events))));
    fill(document.querySelector('#agreements tbody'), s.latestAgreements.map(e => Entente.eventRow(e, false, false)));
  } catch (err) { showError(err); }
})();
