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
    const highRiskRoute = annexIII || (!$('q-highrisk').hidden && $('annexISafetyComponent').checked);
    // Art. 25(1) and (4) concern systems that are (or become) high-risk; (c) excludes (a) and (b)
    $('q-valuechain').hidden = !highRiskRoute || role === 'supplier';
    $('vc-help-third').hidden = role === 'provider';
    $('vc-help-provider').hidden = role !== 'provider';
    const purpose = $('changedIntendedPurpose').checked;
    $('q-own').hidden = purpose;
    $('q-modified').hidden = purpose;
    $('q-purpose').hidden = $('ownNameOrTrademark').checked || $('substantialModification').checked;
    $('q-excluded').hidden = !(role === 'provider' && checked('changedIntendedPurpose'));
    $('q-supplier').hidden = !(highRiskRoute && role === 'supplier');
    const becomesProvider = role !== 'provider' && ['ownNameOrTrademark', 'substantialModification', 'changedIntendedPurpose'].some(checked);
    $('q-integrates').hidden = !((role === 'provider' && !gpai && !prohibited && !['ownNameOrTrademark', 'substantialModification',
      'changedIntendedPurpose'].some(checked)) || becomesProvider);
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
      'interactsWithNaturalPersons', 'generatesSyntheticContent', 'emotionRecognition', 'biometricCategorisation', 'deepFake',
      'ownNameOrTrademark', 'substantialModification', 'changedIntendedPurpose', 'excludedHighRiskUse', 'integratesGeneralPurposeModel',
      'openSourceLicence']
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
      valueChain(original, amended, items),
      amended.basis && amended.basis.length ? el('p', {}, 'Basis: ', amended.basis.flatMap((b, i) => [i ? ', ' : '', items(b)])) : null,
      amended.transparency && amended.transparency.length ? el('p', {}, 'Transparency duties: ', amended.transparency.flatMap((b, i) => [i ? ', ' : '', items(b)])) : null,
      el('h3', { text: 'Reasons' }),
      el('ul', { id: 'reasons' }, (amended.explanation || []).map(x => el('li', { text: x }))),
      el('h3', { text: 'Obligations by application date' }),
      el('div', { class: 'timelines' }, timeline(original), timeline(amended)),
      owed(amended), information(amended)].filter(Boolean));
  }

  const roleName = r => r === 'initial-provider' ? 'initial provider (Art. 25(2))' : r;

  /** The role whose obligations are listed, and the Art. 25 points of the basis that put it there. */
  function valueChain(original, amended, items) {
    const art25 = (amended.basis || []).filter(b => /:Art\. 25\(/.test(b));
    return el('div', { id: 'value-chain' },
      el('p', { class: 'risk' }, 'Obligations listed for: ', el('span', { id: 'effective-role', text: roleName(amended.effectiveRole) }),
        amended.effectiveRole !== amended.role ? el('span', { text: ' (you asked as ' + amended.role + ')' }) : null,
        original.effectiveRole !== amended.effectiveRole ? el('span', { text: ' (original timeline: ' + roleName(original.effectiveRole) + ')' }) : null),
      art25.length ? el('p', { id: 'art25-basis' }, 'Value chain: ', art25.flatMap((b, i) => [i ? ', ' : '', items(b)])) : null);
  }

  /** What the provider that first placed the system on the market still owes the new provider (Art. 25(2)). */
  function owed(answer) {
    if (!answer.owedByInitialProvider || !answer.owedByInitialProvider.length) return null;
    return el('section', { id: 'owed', 'aria-labelledby': 'owed-title' },
      el('h3', { id: 'owed-title', text: 'What the initial provider still owes you' }),
      table([
        { key: 'provision', label: 'Provision', render: o => provisionLink(o.provision) },
        { key: 'appliesFrom', label: 'Applies from' },
        { key: 'because', label: 'What' },
        { key: 'condition', label: 'Condition' }
      ], answer.owedByInitialProvider, { caption: 'Owed by the initial provider (' + answer.timeline + ' timeline)', filename: 'owed-by-initial-provider', id: 'owed-table' }));
  }

  /** What a downstream provider may ask of the provider of an integrated general-purpose AI model (Art. 53(1)(b), Annex XII). */
  function information(answer) {
    if (!answer.informationToDemand || !answer.informationToDemand.length) return null;
    return el('section', { id: 'information', 'aria-labelledby': 'information-title' },
      el('h3', { id: 'information-title', text: 'Information you may demand from the model provider' }),
      table([{ key: 'item', label: 'Information' }], answer.informationToDemand.map(item => ({ item })),
        { caption: 'Art. 53(1)(b) and Annex XII', filename: 'information-to-demand', id: 'information-table' }));
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
