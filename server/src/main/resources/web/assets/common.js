/* Shared helpers of the Crosswalk web UI: API calls that surface problem+json, safe DOM building, sortable tables with CSV downloads. */
'use strict';
window.cw = (function () {
  /** An error carrying the API's RFC 9457 problem (status, title, detail, and any extension such as errors). */
  class ApiError extends Error {
    constructor(problem) { super(problem.detail || problem.title || 'Request failed'); this.problem = problem; }
  }

  async function api(path, options) {
    let res;
    try {
      res = await fetch(path, options);
    } catch (e) {
      throw new ApiError({ title: 'Network error', detail: 'The server could not be reached: ' + e.message });
    }
    if (res.ok) {
      if (res.status === 204) return null;
      const type = res.headers.get('Content-Type') || '';
      return type.includes('json') ? res.json() : res.text();
    }
    let problem;
    try { problem = await res.json(); } catch (e) { problem = { title: res.statusText, detail: 'HTTP ' + res.status + ' ' + res.statusText }; }
    problem.status = problem.status || res.status;
    throw new ApiError(problem);
  }

  /** Builds an element: attrs (with text, class, data-*, on* listeners) and children (nodes or strings, as text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  /** Shows a problem in place of the content, with its detail (and each validation error), as an alert. */
  function showError(container, err) {
    const p = err instanceof ApiError ? err.problem : { title: 'Error', detail: String(err && err.message || err) };
    const box = el('div', { class: 'problem', role: 'alert' },
      el('strong', { text: (p.status ? p.status + ' ' : '') + (p.title || 'Error') }), el('p', { class: 'detail', text: p.detail || '' }));
    if (Array.isArray(p.errors) && p.errors.length) {
      box.append(el('ul', { class: 'violations' }, p.errors.map(v => el('li', {}, el('code', { text: v.field || '' }), ' ', v.message || ''))));
    }
    container.replaceChildren(box);
    return box;
  }

  function provisionLink(ref, text) {
    return el('a', { href: '/provision?ref=' + encodeURIComponent(ref), text: text || ref });
  }

  function csvCell(v) {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // never a formula in a spreadsheet
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function download(name, type, content) {
    const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * A sortable table. columns: [{key, label, render?(row) -> node|string, value?(row) -> sortable/CSV value}].
   * Every table gets a "Download CSV" button (the rows as shown, in the current order).
   */
  function table(columns, rows, opts) {
    opts = opts || {};
    const valueOf = (c, r) => c.value ? c.value(r) : r[c.key];
    let order = rows.slice();
    const tbody = el('tbody');
    const fill = () => tbody.replaceChildren(...order.map(r => el('tr', opts.rowAttrs ? opts.rowAttrs(r) : {},
      columns.map(c => el('td', {}, c.render ? c.render(r) : (valueOf(c, r) ?? ''))))));
    const ths = columns.map((c, i) => {
      const th = el('th', { scope: 'col', 'aria-sort': 'none' });
      th.append(el('button', { type: 'button', class: 'sort', text: c.label, onclick: () => sortBy(i, th) }));
      return th;
    });
    function sortBy(i, th) {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      ths.forEach(t => t.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const c = columns[i];
      order.sort((a, b) => {
        const x = valueOf(c, a), y = valueOf(c, b);
        const cmp = (typeof x === 'number' && typeof y === 'number') ? x - y
          : String(x ?? '').localeCompare(String(y ?? ''), undefined, { numeric: true });
        return asc ? cmp : -cmp;
      });
      fill();
    }
    fill();
    const t = el('table', { id: opts.id }, opts.caption ? el('caption', { text: opts.caption }) : null,
      el('thead', {}, el('tr', {}, ths)), tbody);
    const csv = () => [columns.map(c => csvCell(c.label)).join(',')]
      .concat(order.map(r => columns.map(c => {
        const v = valueOf(c, r);
        return csvCell(Array.isArray(v) ? v.join('; ') : v);
      }).join(','))).join('\r\n') + '\r\n';
    const tools = el('div', { class: 'table-tools' },
      el('button', { type: 'button', class: 'secondary download-csv', onclick: () => download((opts.filename || 'table') + '.csv', 'text/csv', csv()) },
        'Download CSV', el('span', { class: 'visually-hidden', text: opts.caption ? ' of ' + opts.caption : '' })),
      opts.tools || []);
    return el('div', { class: 'table-block' }, tools, el('div', { class: 'table-wrap' }, t));
  }

  /** A table drawn by hand (a heatmap, score bars) with a "Download CSV" button of its cells as shown, header rows first. */
  function withCsv(tableEl, filename) {
    const csv = () => [...tableEl.querySelectorAll('tr')].map(tr => [...tr.children]
      .map(c => csvCell(c.getAttribute('data-csv') ?? c.textContent.trim())).join(',')).join('\r\n') + '\r\n';
    const caption = tableEl.querySelector('caption');
    return el('div', { class: 'table-block' }, el('div', { class: 'table-tools' },
      el('button', { type: 'button', class: 'secondary download-csv', onclick: () => download(filename + '.csv', 'text/csv', csv()) },
        'Download CSV', el('span', { class: 'visually-hidden', text: caption ? ' of ' + caption.textContent : '' }))),
      el('div', { class: 'table-wrap' }, tableEl));
  }

  /** Splits a CSV text (RFC 4180: quotes, doubled quotes, newlines in cells) into objects keyed by the header. */
  function parseCsv(text) {
    const rows = [];
    let row = [], cell = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
        else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') { row.push(cell); cell = ''; }
      else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        row.push(cell); rows.push(row); row = []; cell = '';
      } else cell += ch;
    }
    if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
    const header = rows.shift() || [];
    return rows.filter(r => r.length > 1 || r[0] !== '').map(r => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  }

  function params() { return new URLSearchParams(window.location.search); }

  return { api, el, showError, provisionLink, table, withCsv, parseCsv, download, params, ApiError };
})();
