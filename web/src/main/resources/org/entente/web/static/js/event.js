// One event: every field, then each source article with the evidence sentence highlighted by its offsets.
'use strict';
(async () => {
  const { api, el, showError } = Entente;
  const id = location.pathname.split('/').pop();
  try {
    const d = await api('/api/events/' + encodeURIComponent(id));
    const e = d.event;
    document.getElementById('title').textContent = e.type + ' · ' + e.actors.map(a => a.name).join(' – ');
    document.title = 'Event ' + d.id + ' · Entente';
    const facts = [
      ['Type', e.type], ['Status', e.status], ['Date', e.date || 'unknown'],
      ['Parties', e.actors.map(a => a.name + ' (' + (a.country || 'international') + ', ' + a.kind + ')').join('; ')],
      ['People', e.people.map(p => [p.name, p.title, p.for ? 'for ' + p.for : null].filter(Boolean).join(', ')).join('; ') || '–'],
      ['Instrument', e.instrument ? [e.instrument.text, e.instrument.kind].filter(Boolean).join(' · ') : '–'],
      ['Gathering', e.event_name || '–'],
      ['Place', e.location ? e.location.name + (e.location.country ? ' (' + e.location.country + ')' : '') : '–'],
      ['Spheres', e.spheres.join(', ') || '–'], ['Confidence', e.confidence], ['PLOVER / CAMEO', e.plover + ' / ' + e.cameo],
    ];
    document.getElementById('facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
    const pairs = [...new Set(e.actors.map(a => a.country).filter(Boolean))];
    if (pairs.length === 2) {
      document.getElementById('facts').append(el('dt', {}, 'Dyad'),
        el('dd', {}, el('a', { href: '/pair/' + pairs[0] + '/' + pairs[1] }, pairs.join(' – '))));
    }
    document.getElementById('sources').replaceChildren(...d.sources.map(s => {
      const text = s.evidenceStart >= 0
        ? [s.text.slice(0, s.evidenceStart), el('mark', { class: 'evidence' }, s.text.slice(s.evidenceStart, s.evidenceEnd)),
           s.text.slice(s.evidenceEnd)]
        : [s.text];
      return el('article', { class: 'source' },
        el('h3', {}, s.url ? el('a', { href: s.url, rel: 'noopener noreferrer' }, s.articleId) : s.articleId,
          s.published ? ' · ' + s.published : ''),
        s.evidenceStart < 0 ? el('p', { class: 'muted' }, 'Evidence (not found verbatim): ' + s.evidence) : null,
        el('div', { class: 'article' }, text));
    }));
  } catch (err) { showError(err); }
})();
