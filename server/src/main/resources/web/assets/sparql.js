/* SPARQL page: YASGUI on the public endpoint, one ready-to-run tab per public named query (GET /api/v1/queries). */
'use strict';
(function () {
  const { api, showError } = window.cw;
  const endpoint = window.location.origin + '/crosswalk/sparql';
  (async function init() {
    let queries;
    try {
      queries = (await api('/api/v1/queries')).filter(q => q.public);
    } catch (e) {
      showError(document.getElementById('status'), e);
      return;
    }
    // no autocompleter that asks another site (prefix.cc, LOV): the page talks to this server only
    const offline = { autocompleters: ['variables'] };
    if (window.Yasgui.Yasqe && window.Yasgui.Yasqe.defaults) window.Yasgui.Yasqe.defaults.autocompleters = offline.autocompleters;
    const yasgui = new window.Yasgui(document.getElementById('yasgui'), {
      requestConfig: { endpoint, method: 'POST' },
      copyEndpointOnNewTab: true,
      persistenceId: null,  // nothing kept in localStorage: the tabs always match queries/
      yasqe: offline,
      endpointCatalogueOptions: { getData: () => [{ endpoint }] }
    });
    const initial = yasgui.getTab();
    queries.forEach((q, i) => {
      const text = '# ' + q.purpose.replace(/\n/g, ' ') + '\n' + q.sparql.trim() + '\n' + (q.example || '');
      yasgui.addTab(i === 0, { name: q.name, yasqe: Object.assign({ value: text }, offline), requestConfig: { endpoint } });
    });
    if (initial && queries.length) initial.close();
    window.crosswalkYasgui = yasgui;  // for the browser tests
    accessible(document.getElementById('yasgui'));
  })();

  /**
   * What YASGUI leaves out for assistive technology, filled in as it draws: names for its endpoint box and editors, and
   * aria-controls only on tabs whose panel exists (it draws a tab's panel when the tab is first opened). Its add-tab button
   * sits inside the ARIA tablist, which may own only tabs, so it goes (every named-query tab is editable).
   */
  function accessible(root) {
    const fix = () => {
      root.querySelectorAll('.tabsList .addTab').forEach(b => b.remove());
      root.querySelectorAll('input.autocomplete:not([aria-label])').forEach(i => i.setAttribute('aria-label', 'SPARQL endpoint'));
      root.querySelectorAll('textarea:not([aria-label])').forEach(t => t.setAttribute('aria-label', 'SPARQL query'));
      root.querySelectorAll('.tabsList a[role=tab]').forEach(a => {
        const id = a.getAttribute('aria-controls') || a.dataset.controls;
        if (!id) return;
        a.dataset.controls = id;
        if (document.getElementById(id)) a.setAttribute('aria-controls', id);
        else a.removeAttribute('aria-controls');
      });
    };
    fix();
    new MutationObserver(fix).observe(root, { childList: true, subtree: true });
  }
})();
