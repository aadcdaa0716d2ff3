// The network (Cytoscape.js): nodes sized and edges thickened by events; clicking a node opens its page.
'use strict';
(async () => {
  const { api, showError, params, restoreForm } = Entente;
  const p = params();
  restoreForm(document.getElementById('filters'), p);
  try {
    const n = await api('/api/network?' + p);
    document.getElementById('summary').textContent = n.nodes.length + ' nodes, ' + n.edges.length + ' edges'
      + (n.truncated ? ' (the heaviest only)' : '');
    const maxNode = Math.max(1, ...n.nodes.map(x => x.events));
    const maxEdge = Math.max(1, ...n.edges.map(x => x.events));
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: [
        ...n.nodes.map(x => ({ data: { id: x.id, label: x.label, size: 12 + 40 * Math.sqrt(x.events / maxNode) } })),
        ...n.edges.map((x, i) => ({ data: { id: 'e' + i, source: x.source, target: x.target, events: x.events,
          width: 1 + 9 * x.events / maxEdge } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
          'background-color': '#3d6fc4', 'font-size': 10 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa7bd', label: 'data(events)',
          'font-size': 8, 'curve-style': 'bezier' } },
      ],
      layout: { name: n.nodes.length > 150 ? 'circle' : 'cose', animate: false },
    });
    cy.on('tap', 'node', ev => {
      const id = ev.target.id();
      location.href = n.level === 'ACTOR' ? '/actors/' + id : '/search?country=' + encodeURIComponent(id);
    });
    document.getElementById('graph').dataset.nodes = n.nodes.length;
    window.ententeGraph = cy;
  } catch (err) { showError(err); }
})();
