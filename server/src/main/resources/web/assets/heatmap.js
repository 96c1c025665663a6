/* Coverage heatmap: framework x framework from /api/v1/mapping-sets, and within a pair group x group from the CSV export. */
'use strict';
(function () {
  const { api, el, showError, provisionLink, table, withCsv, parseCsv } = window.cw;
  const LEVELS = 5;
  const shade = f => 'c' + Math.min(LEVELS - 1, Math.floor(f * LEVELS));

  document.getElementById('legend').replaceChildren('Share of the column framework addressed:', ...[0, 1, 2, 3, 4].map(i => el('span', { class: 'c' + i, text: (i * 20) + '–' + ((i + 1) * 20) + ' %' })));

  /** Rows and coverage per ordered pair: rows between the two, and how much of the second ("to") the sets address. */
  function pairs(sets) {
    const m = new Map();
    const add = (from, to, rows, toSide) => {
      const k = from + '\u0000' + to;
      const cur = m.get(k) || { from, to, rows: 0, addressed: 0, provisions: toSide.provisions, sets: [] };
      cur.rows += rows;
      cur.addressed = Math.max(cur.addressed, toSide.addressed);
      cur.sets.push(rows);
      m.set(k, cur);
    };
    sets.forEach(s => { add(s.from, s.to, s.rows, s.toSide); add(s.to, s.from, s.rows, s.fromSide); });
    return m;
  }

  function matrix(frameworks, sets) {
    const m = pairs(sets);
    const ids = frameworks.map(f => f.id).filter(id => [...m.values()].some(p => p.from === id));
    const head = el('tr', {}, el('td', {}), ids.map(id => el('th', { scope: 'col', text: id })));
    const body = ids.map(a => el('tr', {}, el('th', { scope: 'row', text: a }), ids.map(b => {
      const p = m.get(a + '\u0000' + b);
      if (!p) return el('td', { class: 'empty', text: a === b ? '—' : '0', 'data-from': a, 'data-to': b, 'data-count': 0 });
      const cov = p.provisions ? p.addressed / p.provisions : 0;
      const label = p.rows + ' rows between ' + a + ' and ' + b + '; ' + Math.round(cov * 100) + '% of ' + b + ' addressed';
      return el('td', {}, el('button', { type: 'button', class: 'cell ' + shade(cov), 'data-from': a, 'data-to': b, 'data-count': p.rows,
        'data-coverage': cov.toFixed(3), title: label, 'aria-label': label, onclick: () => openPair(a, b) }, String(p.rows)));
    })));
    document.getElementById('matrix').replaceChildren(
      withCsv(el('table', { class: 'heat', id: 'framework-matrix' }, el('caption', { text: 'Mapping rows between frameworks (colour: share of the column framework addressed)' }),
        el('thead', {}, head), el('tbody', {}, body)), 'framework-matrix'),
      table([
        { key: 'id', label: 'Mapping set' }, { key: 'from', label: 'From' }, { key: 'to', label: 'To' }, { key: 'rows', label: 'Rows' },
        { key: 'relations', label: 'Relations', value: s => Object.entries(s.relations).map(([k, v]) => k + ' ' + v).join(', ') }
      ], sets, { caption: 'Mapping sets', filename: 'mapping-sets' }));
  }

  /** The group a provision falls in on the pair grid: an article, an annex, a clause or an Annex A control group. */
  function group(ref) {
    if (!ref || ref.startsWith('sssom:')) return '(nothing corresponds)';
    const n = ref.slice(ref.indexOf(':') + 1);
    const m = n.match(/^(Art\.\s*\d+[a-z]*)/) || n.match(/^(Annex [IVXL]+)/) || n.match(/^(A\.\d+)/) || n.match(/^(\d+)/);
    return m ? m[1] : n;
  }
  const natural = (a, b) => a.localeCompare(b, undefined, { numeric: true });

  async function openPair(a, b) {
    const section = document.getElementById('pair-section');
    const target = document.getElementById('pair');
    section.hidden = false;
    document.getElementById('pair-title').textContent = a + ' × ' + b;
    document.getElementById('rows-section').hidden = true;
    target.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    document.getElementById('pair-title').focus();
    try {
      const rows = parseCsv(await api('/api/v1/export/csv?from=' + encodeURIComponent(a) + '&to=' + encodeURIComponent(b)));
      const rg = [...new Set(rows.map(r => group(r.subject)))].sort(natural);
      const cg = [...new Set(rows.map(r => group(r.object)))].sort(natural);
      const cells = new Map();
      rows.forEach(r => {
        const k = group(r.subject) + '\u0000' + group(r.object);
        (cells.get(k) || cells.set(k, []).get(k)).push(r);
      });
      const grid = el('table', { class: 'heat', id: 'pair-grid', 'data-from': a, 'data-to': b, 'data-count': rows.length },
        el('caption', { text: rows.length + ' rows from ' + a + ' (rows) to ' + b + ' (columns); colour: strongest row' }),
        el('thead', {}, el('tr', {}, el('td', {}), cg.map(c => el('th', { scope: 'col', text: c })))),
        el('tbody', {}, rg.map(r => el('tr', {}, el('th', { scope: 'row', text: r }), cg.map(c => {
          const behind = cells.get(r + '\u0000' + c);
          if (!behind) return el('td', { class: 'empty', 'data-from': r, 'data-to': c, 'data-count': 0 });
          const best = Math.max(...behind.map(x => Number(x.strength) || 0));
          const label = behind.length + ' rows between ' + a + ' ' + r + ' and ' + b + ' ' + c + ', strongest ' + best;
          return el('td', {}, el('button', { type: 'button', class: 'cell ' + shade((best - 1) / 10), 'data-from': r, 'data-to': c,
            'data-count': behind.length, 'data-strength': best, title: label, 'aria-label': label, onclick: () => showRows(a + ' ' + r + ' × ' + b + ' ' + c, behind) },
            String(behind.length)));
        })))));
      target.replaceChildren(withCsv(grid, 'pair-' + a + '-' + b),
        el('button', { type: 'button', class: 'secondary', onclick: () => showRows(a + ' × ' + b, rows) }, 'Show all ' + rows.length + ' rows'));
    } catch (e) {
      showError(target, e);
    }
  }

  function showRows(title, rows) {
    const section = document.getElementById('rows-section');
    section.hidden = false;
    document.getElementById('rows-title').textContent = 'Rows: ' + title;
    document.getElementById('rows').replaceChildren(table([
      { key: 'subject', label: 'From', render: r => r.subject.startsWith('sssom:') ? 'nothing' : provisionLink(r.subject) },
      { key: 'subject_title', label: 'Title' },
      { key: 'relation', label: 'Relation' },
      { key: 'object', label: 'To', render: r => r.object.startsWith('sssom:') ? 'nothing' : provisionLink(r.object) },
      { key: 'object_title', label: 'Title' },
      { key: 'strength', label: 'Strength', value: r => Number(r.strength) },
      { key: 'confidence', label: 'Confidence', value: r => Number(r.confidence) },
      { key: 'rationale', label: 'Rationale' }
    ], rows, { caption: title, filename: 'mapping-rows', id: 'rows-table' }));
    document.getElementById('rows-title').focus();
  }

  (async function init() {
    try {
      const [frameworks, sets] = await Promise.all([api('/api/v1/frameworks'), api('/api/v1/mapping-sets')]);
      matrix(frameworks, sets);
    } catch (e) {
      showError(document.getElementById('matrix'), e);
    }
  })();
})();
