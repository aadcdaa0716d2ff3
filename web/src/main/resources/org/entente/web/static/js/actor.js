// One actor: facts, aliases with the reason each names it, counterparts, timeline chart, latest events.
'use strict';
(async () => {
  const { api, el, fill, showError, eventRow } = Entente;
  const id = location.pathname.split('/').pop();
  try {
    const d = await api('/api/actors/' + encodeURIComponent(id));
    const a = d.profile.actor;
    document.getElementById('title').textContent = a.name;
    document.title = a.name + ' · Entente';
    document.getElementById('facts').replaceChildren(
      el('dt', {}, 'Country'), el('dd', {}, a.country || 'international'),
      el('dt', {}, 'Kind'), el('dd', {}, a.kind),
      el('dt', {}, 'Events'), el('dd', {}, el('a', { href: '/search?actor=' + encodeURIComponent(a.name) }, a.events)));
    Charts.monthly(document.getElementById('timeline'), d.timeline);
    fill(document.querySelector('#aliases tbody'), d.profile.aliases.map(x => el('tr', {},
      el('td', {}, x.alias), el('td', {}, x.reason), el('td', {}, [x.detail, x.articleSourceId].filter(Boolean).join(' · ')))));
    fill(document.querySelector('#counterparts tbody'), d.counterparts.map(c => el('tr', {},
      el('td', {}, el('a', { href: '/actors/' + c.id }, c.name)), el('td', {}, c.country || '–'), el('td', {}, c.events))));
    fill(document.querySelector('#events tbody'), d.events.map(e => eventRow(e, false, false)));
  } catch (err) { showError(err); }
})();
