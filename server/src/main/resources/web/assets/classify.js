/* AI Act check: a guided form for POST /api/v1/classify, answered on both timelines side by side. */
'use strict';
(function () {
  const { api, el, showError, provisionLink, table } = window.cw;
  const $ = id => document.getElementById(id);
  const form = $('classify-form');
  const checked = id => $(id).checked && !$(id).closest('[hidden]');
  const visible = id => !$(id).closest('[hidden]');

  /** Shows only the questions that matter given the answers so far. */
  function update() {
    const role = $('role').value;
    const gpaiRole = role === 'provider' || role === 'authorised-representative';
    $('q-gpai').hidden = !gpaiRole;
    $('q-systemic').hidden = !$('generalPurposeModel').checked;
    const gpai = gpaiRole && $('generalPurposeModel').checked;
    $('q-prohibited').hidden = !role || gpai;
    const prohibited = !$('q-prohibited').hidden && $('prohibitedPractice').value !== '';
    $('q-highrisk').hidden = !role || gpai || prohibited;
    $('q-section').hidden = !$('annexISafetyComponent').checked;
    const annexIII = !$('q-highrisk').hidden && $('annexIII').value !== '';
    $('q-derogation').hidden = !annexIII;
    $('q-conditions').hidden = $('profiling').checked;
    $('q-deployer').hidden = !(annexIII && role === 'deployer');
    const providerSide = role === 'provider' || role === 'product-manufacturer';
    $('q-transparency').hidden = !role || prohibited || !(providerSide || role === 'deployer');
    $('t-provider').hidden = !providerSide;
    $('t-deployer').hidden = role !== 'deployer';
  }

  function body(timeline) {
    const b = { role: $('role').value, timeline };
    if ($('name').value.trim()) b.name = $('name').value.trim();
    if ($('asOf').value) b.asOf = $('asOf').value;
    ['generalPurposeModel', 'systemicRisk', 'annexISafetyComponent', 'profiling', 'publicAuthority', 'publicService',
      'interactsWithNaturalPersons', 'generatesSyntheticContent', 'emotionRecognition', 'biometricCategorisation', 'deepFake']
      .forEach(id => { if (checked(id)) b[id] = true; });
    if (visible('prohibitedPractice') && $('prohibitedPractice').value) b.prohibitedPractice = $('prohibitedPractice').value;
    if (visible('annexIII') && $('annexIII').value) b.annexIII = $('annexIII').value;
    if (checked('annexISafetyComponent')) b.annexISection = $('annexISection').value;
    if (visible('q-conditions')) {
      const c = [...document.querySelectorAll('input[name=art6_3]:checked')].map(i => i.value);
      if (c.length) b.art6_3Conditions = c;
    }
    return b;
  }

  const longDate = d => new Date(d + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  /** The obligations of one answer on a timeline, grouped by the date each applies from. */
  function timeline(answer) {
    const byDate = new Map();
    answer.obligations.forEach(o => (byDate.get(o.appliesFrom) || byDate.set(o.appliesFrom, []).get(o.appliesFrom)).push(o));
    const dates = [...byDate.keys()].sort();
    return el('section', { class: 'timeline-col', 'data-timeline': answer.timeline, 'aria-label': answer.timeline + ' timeline' },
      el('h3', { text: answer.timeline === 'original' ? 'Original (Regulation (EU) 2024/1689)' : 'Amended (Regulation (EU) 2026/1744)' }),
      el('p', { class: 'risk' }, 'Risk class: ', el('span', { class: 'risk-class', text: answer.riskCategory })),
      el('p', { class: 'muted', text: answer.timelineNote || '' }),
      dates.length ? el('ol', { class: 'timeline' }, dates.map(d => el('li', { 'data-date': d },
        el('time', { datetime: d, text: longDate(d) }),
        el('ul', {}, byDate.get(d).map(o => el('li', { 'data-provision': o.provision, 'data-date': d },
          provisionLink(o.provision, o.title || o.provision), o.inForce ? ' (in force on ' + answer.asOf + ')' : '', ' — ', o.because || '')))))) 
        : el('p', { text: 'No obligation on this timeline.' }),
      table([
        { key: 'appliesFrom', label: 'Applies from' },
        { key: 'provision', label: 'Provision', render: o => provisionLink(o.provision) },
        { key: 'title', label: 'Title' },
        { key: 'inForce', label: 'In force on ' + answer.asOf, value: o => o.inForce ? 'yes' : 'no' },
        { key: 'because', label: 'Because' }
      ], answer.obligations, { caption: 'Obligations (' + answer.timeline + ')', filename: 'obligations-' + answer.timeline }));
  }

  function render(original, amended) {
    const items = x => typeof x === 'string' ? (x.includes(':') ? provisionLink(x) : x) : (x.provision ? provisionLink(x.provision) : JSON.stringify(x));
    $('result').replaceChildren(...[
      el('p', { class: 'risk' }, 'Risk class (amended timeline): ', el('span', { id: 'risk-class', text: amended.riskCategory }),
        original.riskCategory !== amended.riskCategory ? el('span', { text: ' (original: ' + original.riskCategory + ')' }) : null),
      amended.basis && amended.basis.length ? el('p', {}, 'Basis: ', amended.basis.flatMap((b, i) => [i ? ', ' : '', items(b)])) : null,
      amended.transparency && amended.transparency.length ? el('p', {}, 'Transparency duties: ', amended.transparency.flatMap((b, i) => [i ? ', ' : '', items(b)])) : null,
      el('h3', { text: 'Reasons' }),
      el('ul', { id: 'reasons' }, (amended.explanation || []).map(x => el('li', { text: x }))),
      el('h3', { text: 'Obligations by application date' }),
      el('div', { class: 'timelines' }, timeline(original), timeline(amended))].filter(Boolean));
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    $('answer').hidden = false;
    $('result').replaceChildren(el('p', { class: 'muted', text: 'Checking…' }));
    $('answer-title').focus();
    try {
      const post = t => api('/api/v1/classify', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body(t)) });
      const [original, amended] = await Promise.all([post('original'), post('amended')]);
      render(original, amended);
    } catch (e) {
      showError($('result'), e);
    }
  });

  (async function init() {
    $('asOf').value = new Date().toISOString().slice(0, 10);
    update();
    try {
      const all = await api('/api/v1/frameworks/eu-ai-act/provisions?flat=true');
      const label = p => p.title.startsWith(p.notation) ? p.title : p.notation + ' — ' + p.title;
      all.filter(p => /^Art\. 5\(1\)\([a-z]+\)$/.test(p.notation)).forEach(p => $('prohibitedPractice').append(el('option', {
        value: p.notation.match(/\(([a-z]+)\)$/)[1], text: label(p) + (p.timelines.includes('original') ? '' : ' (amended timeline only)') })));
      all.filter(p => /^Annex III \d/.test(p.notation)).forEach(p => $('annexIII').append(el('option', {
        value: p.notation.slice('Annex III '.length), text: label(p) })));
    } catch (e) {
      showError($('result'), e);
      $('answer').hidden = false;
    }
  })();
})();
