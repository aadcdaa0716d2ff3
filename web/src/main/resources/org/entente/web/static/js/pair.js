// A country pair (/pair/AZE/TUR): the dyad's timeline and its events, paged; the page is in the query string.
'use strict';
(async () => {
  const { api, fill, showError, params, eventRow, pager } = Entente;
  const [a, b] = location.pathname.split('/').slice(-2).map(decodeURIComponent);
  document.getElementById('title').textContent = a + ' – ' + b;
  document.title = a + ' – ' + b + ' · Entente';
  const p = params();
  const q = new URLSearchParams(p); q.set('pair', a + ',' + b);
  try {
    const [s, r] = await Promise.all([api('/api/stats?pair=' + encodeURIComponent(a + ',' + b)), api('/api/events?' + q)]);
    document.getElementById('total').textContent = s.total + ' events between ' + a + ' and ' + b;
    Charts.monthly(document.getElementById('timeline'), s.monthly);
    fill(document.querySelector('#events tbody'), r.events.map(e => eventRow(e, true, true)));
    pager(document.getElementById('pager'), r, p, location.pathname);
  } catch (err) { showError(err); }
})();
