/* Organisation dashboard: the organisation's key in session storage only; scores, gaps, AI systems, SoA, IMS plan, history, profile. */
'use strict';
(function () {
  const { api, el, showError, provisionLink, table, withCsv, download } = window.cw;
  const $ = id => document.getElementById(id);
  const segment = window.location.pathname.replace(/^\/orgs\/?/, '').split('/')[0];
  const org = decodeURIComponent(segment || '');
  const storeKey = 'crosswalk.key.' + org;
  const base = '/api/v1/orgs/' + encodeURIComponent(org);
  const auth = () => ({ Authorization: 'Bearer ' + sessionStorage.getItem(storeKey) });
  const get = path => api(base + path, { headers: auth() });

  /** A file from an organisation route (it needs the key, so no plain link): fetched, then saved. */
  async function fetchDownload(path, name, target) {
    try {
      const res = await fetch(base + path, { headers: auth() });
      if (!res.ok) throw new window.cw.ApiError(await res.json().catch(() => ({ status: res.status, detail: res.statusText })));
      download(name, res.headers.get('Content-Type'), await res.blob());
    } catch (e) {
      showError(target, e);
    }
  }
  const downloads = (path, name, target) => [
    el('button', { type: 'button', class: 'secondary', onclick: () => fetchDownload(path + '?format=xlsx', name + '.xlsx', target) }, 'Download XLSX'),
    el('button', { type: 'button', class: 'secondary', onclick: () => fetchDownload(path + '?format=csv', name + '-api.csv', target) }, 'Download CSV (API)')];

  function scores(gaps) {
    $('scores').replaceChildren(withCsv(el('table', { id: 'scores-table' }, el('caption', { text: 'Covered 1, partial 0.5, over the applicable requirements' }),
      el('thead', {}, el('tr', {}, ['Framework', 'Score', 'Covered', 'Partial', 'Gap', 'Applicable'].map(h => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, gaps.frameworks.map(f => el('tr', { 'data-framework': f.framework, 'data-score': f.score },
        el('th', { scope: 'row', text: f.framework }),
        el('td', {}, el('div', { class: 'bar', role: 'img', 'aria-label': Math.round(f.score * 100) + ' %' },
          el('span', { style: null, 'data-w': f.score })), el('span', { class: 'score', text: Math.round(f.score * 100) + ' %' })),
        el('td', { text: f.counts.covered }), el('td', { text: f.counts.partial }), el('td', { text: f.counts.gap }),
        el('td', { text: f.counts.applicable }))))), 'scores-' + org));
    // widths through the CSSOM (allowed by the CSP, unlike style attributes in markup)
    document.querySelectorAll('#scores .bar > span').forEach(s => { s.style.width = (Number(s.dataset.w) * 100) + '%'; });
  }

  /** Controls the API says would cover a requirement, per requirement, once looked up (also in the CSV). */
  const found = new Map();
  let profileBody = {};
  const closerText = r => (found.get(r.provision) || []).map(c => c.control + ' (' + c.effect + ')').join('; ');

  /**
   * Provisions that would close the gap, for a requirement of any framework: its mappings (asserted and chained) from
   * GET /api/v1/crosswalk name the candidates, frameworks the organisation works with first, and GET /api/v1/explain
   * gives the coverage rule's verdict for each candidate as the control; only those it says cover, or partly cover, are shown.
   */
  async function lookUpClosers(r, target) {
    const mine = new Set([...((profileBody.scope || {}).frameworks || []), ...(profileBody.managementSystems || []).map(m => m.standard),
      ...(profileBody.controls || []).map(c => c.provision.split(':')[0])]);
    const status = new Map((profileBody.controls || []).map(c => [c.provision, c.status]));
    const cw = await api('/api/v1/crosswalk?inferred=true&from=' + encodeURIComponent(r.provision));
    const seen = new Set();
    const candidates = [...(cw.mappings || []), ...(cw.inferred || [])]
      // a no-relationship row names no provision (sssom:NoTermFound): nothing to implement
      .filter(m => m.relation !== 'no-relationship' && m.to !== r.provision && !seen.has(m.to) && seen.add(m.to))
      .sort((a, b) => (mine.has(b.toFramework) - mine.has(a.toFramework)) || (b.strength - a.strength))
      .slice(0, 20);
    const verdicts = await Promise.all(candidates.map(m => api('/api/v1/explain?from=' + encodeURIComponent(m.to) + '&to=' + encodeURIComponent(r.provision))
      .then(e => ({ control: m.to, title: m.toTitle, framework: m.toFramework, effect: e.coverage.effect, relation: e.coverage.relation,
        strength: e.coverage.strength, source: e.coverage.source, yours: status.get(m.to) }))));
    const closing = verdicts.filter(v => v.effect === 'covers' || v.effect === 'partial')
      .sort((a, b) => (a.effect === 'covers' ? 0 : 1) - (b.effect === 'covers' ? 0 : 1) || b.strength - a.strength);
    found.set(r.provision, closing);
    target.replaceChildren(closing.length ? el('ul', { class: 'closers' }, closing.map(c => el('li', { 'data-control': c.control, 'data-effect': c.effect },
      provisionLink(c.control), ' ', c.title || '', ' — ', el('strong', { text: c.effect === 'covers' ? 'would cover it' : 'would cover it in part' }),
      ' (' + c.relation + ', strength ' + c.strength + ', ' + c.source + ')', c.yours ? ' — yours: ' + c.yours : '')))
      : el('p', { class: 'muted', text: 'No mapped provision covers it under the coverage rule: implement the requirement itself.' }));
  }

  function closers(r, plan) {
    const item = plan.get(r.provision);
    const parts = [];
    if (item) {
      parts.push(el('p', {}, el('strong', { text: item.action + ': ' }), item.extension || (item.action === 'new' ? 'Set this up as a new process.' : '')));
      if (item.documents && item.documents.length) parts.push(el('p', { class: 'muted', text: 'Documented information: ' + item.documents.join('; ') }));
    }
    const related = (r.coveredBy || []).filter(c => c.note);
    if (related.length) {
      parts.push(el('ul', {}, related.map(c => el('li', {}, provisionLink(c.control), ' (' + c.controlStatus + ', ' + c.relation + '): ', c.note))));
    }
    const target = el('div', { class: 'closer-list', 'aria-live': 'polite' });
    const details = el('details', { class: 'closers', 'data-provision': r.provision },
      el('summary', { text: 'Provisions that would close it' }), target);
    details.addEventListener('toggle', () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'true';
      target.replaceChildren(el('p', { class: 'muted', text: 'Looking up…' }));
      lookUpClosers(r, target).catch(e => { delete details.dataset.loaded; showError(target, e); });
    });
    parts.push(details);
    return el('div', {}, parts);
  }

  function gapsTable(gaps, plan) {
    const rows = gaps.frameworks.flatMap(f => f.requirements.filter(r => r.status === 'gap' || r.status === 'partial')
      .map(r => Object.assign({ framework: f.framework }, r)));
    $('gaps').replaceChildren(table([
      { key: 'framework', label: 'Framework' },
      { key: 'provision', label: 'Requirement', render: r => provisionLink(r.provision) },
      { key: 'title', label: 'Title' },
      { key: 'status', label: 'Status' },
      { key: 'aiSystems', label: 'AI systems', value: r => (r.aiSystems || []).join(', ') },
      { key: 'close', label: 'What would close it', value: r => [(plan.get(r.provision) || {}).extension, closerText(r)].filter(Boolean).join(' | '),
        render: r => closers(r, plan) }
    ], rows, { caption: rows.length + ' requirements not covered', filename: 'gaps-' + org, id: 'gaps-table',
      tools: downloads('/gaps', 'gap-analysis-' + org, $('gaps')) }));
  }

  function systems(gaps) {
    const today = new Date().toISOString().slice(0, 10);
    const next = s => s.obligations.map(o => o.appliesFrom).filter(d => d >= today).sort()[0] || '';
    $('systems').replaceChildren(table([
      { key: 'id', label: 'Id' }, { key: 'name', label: 'Name' }, { key: 'role', label: 'Role' },
      { key: 'effectiveRole', label: 'Obligations as', value: s => s.effectiveRole || s.role },
      { key: 'riskCategory', label: 'Risk class' },
      { key: 'next', label: 'Next obligation date', value: next },
      { key: 'open', label: 'Obligations not covered', value: s => s.obligations.filter(o => o.status !== 'covered').length }
    ], gaps.aiSystems || [], { caption: 'AI systems and their AI Act risk class', filename: 'ai-systems-' + org, id: 'systems-table' }));
  }

  function soa(s) {
    $('soa').replaceChildren(table([
      { key: 'provision', label: 'Control', render: c => provisionLink(c.provision) },
      { key: 'title', label: 'Title' },
      { key: 'applicable', label: 'Applicable', value: c => c.applicable ? 'yes' : 'no' },
      { key: 'status', label: 'Status' },
      { key: 'justification', label: 'Justification' },
      { key: 'evidence', label: 'Evidence', value: c => (c.evidence || []).join('; ') },
      { key: 'related', label: 'Related', value: c => (c.related || []).join(', ') }
    ], s.controls, { caption: 'Statement of Applicability', filename: 'soa-' + org, id: 'soa-table', tools: downloads('/soa', 'soa-' + org, $('soa')) }));
  }

  function ims(p) {
    $('ims').replaceChildren(
      el('p', { text: 'Reuse ' + p.counts.reuse + ', extend ' + p.counts.extend + ', new ' + p.counts.new + ' (target ' + p.target + ').' }),
      table([
        { key: 'phaseNumber', label: 'Phase', value: i => i.phaseNumber, render: i => i.phaseNumber + '. ' + i.phase },
        { key: 'order', label: 'Order' },
        { key: 'provision', label: 'Provision', render: i => provisionLink(i.provision) },
        { key: 'title', label: 'Title' },
        { key: 'action', label: 'Action' },
        { key: 'from', label: 'From', value: i => (i.from || []).join(', ') },
        { key: 'extension', label: 'What to add' },
        { key: 'documents', label: 'Documents', value: i => (i.documents || []).join('; ') }
      ], p.items, { caption: 'IMS plan items', filename: 'ims-plan-' + org, id: 'ims-table', tools: downloads('/ims-plan', 'ims-plan-' + org, $('ims')) }));
  }

  function historyTable(h) {
    $('history').replaceChildren(table([
      { key: 'at', label: 'When' }, { key: 'action', label: 'Change' }, { key: 'by', label: 'By' }, { key: 'detail', label: 'Detail' }
    ], h.slice().reverse(), { caption: 'Changes, newest first', filename: 'history-' + org, id: 'history-table' }));
  }

  async function load() {
    $('status').replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    $('profile-section').hidden = false;
    try {
      const profile = await get('/profile');
      profileBody = profile;
      $('profile').value = JSON.stringify(profile, null, 2);
    } catch (e) {
      if (e.problem && e.problem.status === 404) {
        $('dashboard').hidden = true;
        $('status').replaceChildren(el('p', { text: 'No profile stored yet: upload or paste one below. (' + e.message + ')' }));
        $('sign-out').hidden = false;
        return;
      }
      $('dashboard').hidden = true;
      $('profile-section').hidden = true;
      if (e.problem && (e.problem.status === 401 || e.problem.status === 403)) {
        sessionStorage.removeItem(storeKey);
        $('sign-out').hidden = true;
      }
      showError($('status'), e);
      return;
    }
    try {
      const [gaps, soaBody, plan, hist] = await Promise.all([get('/gaps'), get('/soa'), get('/ims-plan'), get('/history')]);
      const items = new Map(plan.items.map(i => [i.provision, i]));
      scores(gaps); gapsTable(gaps, items); systems(gaps); soa(soaBody); ims(plan); historyTable(hist);
      $('dashboard').hidden = false;
      $('sign-out').hidden = false;
      $('status').replaceChildren(el('p', { id: 'signed-in', text: 'Signed in to ' + org + ' (' + (gaps.name || org) + ').' }));
    } catch (e) {
      showError($('status'), e);
    }
  }

  $('key-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) return;
    sessionStorage.setItem(storeKey, key);
    $('api-key').value = '';
    load();
  });
  $('sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(storeKey);
    window.location.reload();
  });
  $('profile-file').addEventListener('change', async () => {
    const f = $('profile-file').files[0];
    if (f) $('profile').value = await f.text();
  });
  $('profile-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      const r = await api(base + '/profile', { method: 'PUT', headers: Object.assign({ 'Content-Type': 'application/json' }, auth()), body: $('profile').value });
      $('profile-status').replaceChildren(el('p', { role: 'status', text: 'Saved (' + (r && r.stored ? 'stored' : 'done') + ').' }));
      load();
    } catch (e) {
      showError($('profile-status'), e);
    }
  });

  if (!org) {
    $('org-pick').hidden = false;
    $('key-form').hidden = true;
    $('org-pick').addEventListener('submit', ev => { ev.preventDefault(); window.location.href = '/orgs/' + encodeURIComponent($('org-id').value.trim()); });
    return;
  }
  $('org-title').textContent = 'Organisation ' + org;
  document.title = org + ' · Crosswalk';
  if (sessionStorage.getItem(storeKey)) load();
})();
