/* Provision page: paraphrase, source, timeline versions, mappings in every framework, inferred chains as a cytoscape graph. */
'use strict';
(function () {
  const { api, el, showError, provisionLink, table, params } = window.cw;
  let ref = params().get('ref');
  const box = document.getElementById('provision');

  function header(p) {
    document.title = p.ref + ' ' + p.title + ' · Crosswalk';
    const parts = [
      el('h1', {}, el('span', { class: 'ref', text: p.ref }), ' ', p.title),
      el('p', { class: 'paraphrase', text: p.paraphrase || '' }),
      el('p', { class: 'muted' }, 'Our paraphrase, never the official text. ',
        p.source ? el('a', { href: p.source, rel: 'noopener', id: 'source-link', text: 'Read the source' }) : null),
      el('dl', {},
        el('dt', { text: 'Framework' }), el('dd', { text: p.framework }),
        el('dt', { text: 'Type' }), el('dd', { text: p.type || '' }),
        p.parent ? [el('dt', { text: 'Part of' }), el('dd', {}, provisionLink(p.parent))] : null,
        p.children && p.children.length ? [el('dt', { text: 'Contains' }), el('dd', {}, p.children.flatMap((c, i) => [i ? ', ' : '', provisionLink(c)]))] : null)
    ];
    if (p.notes && p.notes.length) parts.push(el('div', { class: 'note' }, p.notes.map(n => el('p', { text: n }))));
    if (p.applications && p.applications.length) {
      parts.push(el('h2', { text: 'Application dates' }), table([
        { key: 'timeline', label: 'Timeline' }, { key: 'appliesFrom', label: 'Applies from' },
        { key: 'confidence', label: 'Confidence' }, { key: 'note', label: 'Note' }
      ], p.applications, { caption: 'When ' + p.ref + ' applies, per timeline', filename: 'applications' }));
    }
    if (p.wordings && p.wordings.length) {
      parts.push(el('h2', { text: 'Timeline versions' }), table([
        { key: 'timeline', label: 'Timeline' }, { key: 'validFrom', label: 'Valid from' },
        { key: 'paraphrase', label: 'Paraphrase of this wording' },
        { key: 'act', label: 'Amending act', value: w => w.amendingAct ? w.amendingAct.id : '' }
      ], p.wordings, { caption: 'Wordings of ' + p.ref, filename: 'wordings' }));
    } else if (p.timelines && p.timelines.length) {
      parts.push(el('p', { class: 'muted', text: 'Exists on the timelines: ' + p.timelines.join(', ') + '.' }));
    }
    box.replaceChildren(...parts);
  }

  function mappings(rows) {
    const target = document.getElementById('mappings');
    if (!rows.length) { target.replaceChildren(el('p', { text: 'No curated mapping relates this provision to another framework.' })); return; }
    target.replaceChildren(table([
      { key: 'toFramework', label: 'Framework' },
      { key: 'to', label: 'Provision', render: m => provisionLink(m.to) },
      { key: 'toTitle', label: 'Title' },
      { key: 'relation', label: 'Relation' },
      { key: 'strength', label: 'Strength' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'rationale', label: 'Rationale' }
    ], rows, { caption: 'Curated mappings of ' + ref, filename: 'mappings', id: 'mappings-table' }));
  }

  function chains(inferred) {
    const list = document.getElementById('chains');
    const graphBox = document.getElementById('graph');
    if (!inferred.length) {
      graphBox.hidden = true;
      list.replaceChildren(el('p', { text: 'No chained mapping from this provision.' }));
      return;
    }
    const nodes = new Map(), edges = new Map();
    const addNode = (r, title) => { if (!nodes.has(r)) nodes.set(r, { data: { id: r, label: r, title: title || '', root: r === ref ? 1 : 0 } }); };
    addNode(ref);
    inferred.forEach(row => {
      const steps = row.bestChain ? row.bestChain.steps : [];
      steps.forEach(s => {
        addNode(s.from); addNode(s.to);
        const id = s.mapping + (s.reversed ? '/r' : '');
        if (!edges.has(id)) edges.set(id, { data: { id, source: s.from, target: s.to, label: s.relation + ' · ' + s.strength, step: s } });
      });
    });
    const cy = window.cytoscape({
      container: graphBox,
      elements: [...nodes.values(), ...edges.values()],
      layout: { name: 'breadthfirst', roots: [ref], directed: true, spacingFactor: 1.1 },
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'background-color': '#0b3d91', 'color': '#1b1b1b', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18 } },
        { selector: 'node[root = 1]', style: { 'background-color': '#8f1d1d', 'width': 26, 'height': 26 } },
        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'line-color': '#6b6b6b', 'target-arrow-color': '#6b6b6b', 'text-background-color': '#fff', 'text-background-opacity': 1 } }
      ],
      wheelSensitivity: 0.3
    });
    cy.on('tap', 'node', ev => {
      const id = ev.target.id();
      if (id !== ref) window.location.href = '/provision?ref=' + encodeURIComponent(id);
    });
    cy.on('tap', 'edge', ev => {
      const s = ev.target.data('step');
      document.getElementById('step').textContent = s.from + ' ' + s.relation + ' ' + s.to + ' (strength ' + s.strength
        + ', confidence ' + s.confidence + ', set ' + s.mappingSet + '): ' + (s.rationale || '');
    });
    window.crosswalkGraph = cy;  // for the browser tests: where each node is drawn
    list.replaceChildren(table([
      { key: 'to', label: 'Reaches', render: r => provisionLink(r.to) },
      { key: 'toTitle', label: 'Title' },
      { key: 'relation', label: 'Relation' },
      { key: 'strength', label: 'Strength' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'chain', label: 'Best chain, step by step', value: r => (r.bestChain ? r.bestChain.steps : []).map(s => s.from + ' ' + s.relation + ' ' + s.to).join('; '),
        render: r => el('ol', { class: 'chain' }, (r.bestChain ? r.bestChain.steps : []).map(s => el('li', {},
          provisionLink(s.from), ' ', el('em', { text: s.relation }), ' ', provisionLink(s.to), ' (strength ' + s.strength + ')', ' — ', s.rationale || ''))) }
    ], inferred, { caption: 'Chained mappings of ' + ref, filename: 'chains', id: 'chains-table' }));
  }

  (async function init() {
    if (!ref) {
      showError(box, new window.cw.ApiError({ title: 'No provision', detail: 'Open a provision from the search, e.g. /provision?ref=iso42001:A.6.2.8.' }));
      return;
    }
    try {
      const p = await api('/api/v1/provisions?ref=' + encodeURIComponent(ref));
      ref = p.ref;
      header(p);
      const cw = await api('/api/v1/crosswalk?inferred=true&from=' + encodeURIComponent(p.ref));
      mappings(cw.mappings || []);
      chains(cw.inferred || []);
    } catch (e) {
      showError(box, e);
    }
  })();
})();
