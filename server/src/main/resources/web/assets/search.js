/* Crosswalk browser: ranked, typo-tolerant provision search (GET /api/v1/search) and the list of frameworks. */
'use strict';
(function () {
  const { api, el, showError, provisionLink, table, params } = window.cw;
  const form = document.getElementById('search-form');
  const q = document.getElementById('q');
  const fw = document.getElementById('framework');
  const results = document.getElementById('results');
  const status = document.getElementById('results-status');
  let timer = null, seq = 0;

  async function search(push) {
    const text = q.value.trim();
    if (!text) { results.replaceChildren(); status.textContent = 'Type a provision id or some words.'; return; }
    const mine = ++seq;
    const url = '/api/v1/search?limit=25&q=' + encodeURIComponent(text) + (fw.value ? '&framework=' + encodeURIComponent(fw.value) : '');
    if (push) history.replaceState(null, '', '/?q=' + encodeURIComponent(text) + (fw.value ? '&framework=' + encodeURIComponent(fw.value) : ''));
    try {
      const body = await api(url);
      if (mine !== seq) return;
      status.textContent = body.hits.length + (body.hits.length === 1 ? ' provision' : ' provisions') + ' for "' + text + '", best first.';
      results.replaceChildren(...body.hits.map(h => el('li', { class: 'hit', 'data-ref': h.ref },
        provisionLink(h.ref, h.ref + ' — ' + h.title), ' ',
        el('p', { class: 'muted', text: h.paraphrase || '' }))));
    } catch (e) {
      if (mine !== seq) return;
      results.replaceChildren();
      showError(status, e);
    }
  }

  form.addEventListener('submit', ev => { ev.preventDefault(); clearTimeout(timer); search(true); });  // no second run from the typing timer
  q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => search(true), 250); });
  fw.addEventListener('change', () => search(true));

  (async function init() {
    try {
      const frameworks = await api('/api/v1/frameworks');
      frameworks.forEach(f => fw.append(el('option', { value: f.id, text: f.id + ' — ' + f.title })));
      document.getElementById('frameworks').replaceChildren(table([
        { key: 'id', label: 'Id' },
        { key: 'title', label: 'Title', render: f => f.source ? el('a', { href: f.source, rel: 'noopener', text: f.title }) : f.title },
        { key: 'version', label: 'Version' },
        { key: 'provisionCount', label: 'Provisions' }
      ], frameworks, { caption: 'Frameworks in the catalog', filename: 'frameworks' }));
    } catch (e) {
      showError(document.getElementById('frameworks'), e);
    }
    const p = params();
    if (p.get('framework')) fw.value = p.get('framework');
    if (p.get('q')) { q.value = p.get('q'); search(false); }
  })();
})();
