// The search: the form's state is the address's query string (a GET form), so a search is a shareable URL.
'use strict';
(async () => {
  const { api, fill, showError, params, restoreForm, eventRow, pager } = Entente;
  const p = params();
  restoreForm(document.getElementById('filters'), p);
  const filters = new URLSearchParams(p); filters.delete('page'); filters.delete('size');
  document.getElementById('export-csv').href = '/api/export.csv?' + filters;
  document.getElementById('export-jsonl').href = '/api/export.jsonl?' + filters;
  try {
    const r = await api('/api/events?' + p);
    document.getElementById('total').textContent = r.total + ' event' + (r.total === 1 ? '' : 's');
    fill(document.querySelector('#results tbody'), r.events.map(e => eventRow(e, true, true)));
    pager(document.getElementById('pager'), r, p, '/search');
  } catch (err) { showError(err); }
})();
