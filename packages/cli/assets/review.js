// review.html's script: the document list, search, the annotation table and its filters,
// details on hover and from the keyboard, and corrections (accept, reject, edit, add) kept in
// localStorage until exported as JSON Lines for `procmine apply`. Plain ES5-style DOM code: the
// page is one file that any browser opens from disk, with nothing fetched.
(function () {
  'use strict';
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var TYPES = JSON.parse($('#types').textContent);
  var ATTRS = JSON.parse($('#attrs').textContent);
  var STATUSES = ['accepted', 'rejected', 'edited', 'added'];
  // Provenance fields come from the record schema, so an edit keeps every one of them.
  var PROV = JSON.parse($('#provenance').textContent);
  var collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

  // ---- records, per document (from the JSON islands; never run as script) ----
  var sections = $$('section.doc');
  var docs = sections.map(function (s) {
    var island = $('script[data-doc="' + s.dataset.index + '"]');
    return { name: s.dataset.doc, index: s.dataset.index, section: s, text: $('.text', s), records: island ? JSON.parse(island.textContent) : [] };
  });
  var byIndex = {};
  docs.forEach(function (d) { byIndex[d.index] = d; });
  var all = [];
  docs.forEach(function (d) { d.records.forEach(function (r, i) { all.push({ doc: d, i: i, r: r, key: d.index + '/' + i }); }); });

  // ---- corrections, kept in localStorage per page until exported ----
  // One store per dataset (its documents and records), so two review pages, or a dataset and its
  // corrected version, never share corrections.
  function fnv(s) {
    var h = 0x811c9dc5;
    for (var k = 0; k < s.length; k++) { h ^= s.charCodeAt(k); h = Math.imul(h, 0x01000193) >>> 0; }
    return h.toString(16);
  }
  var storeKey = 'procmine-review:' + docs.map(function (d) { return d.name; }).join('|') + ':' + fnv(all.map(function (x) { return x.r.id; }).join('\n'));
  var corrections = {};
  try { corrections = JSON.parse(localStorage.getItem(storeKey) || '{}') || {}; } catch { corrections = {}; }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(corrections)); } catch { /* private mode: kept in memory */ }
    refreshStatuses();
  }
  function keyOf(item) { return item.added ? item.key : item.r.id; }
  function statusOf(item) { var c = corrections[keyOf(item)]; return c ? c.status : ''; }
  function current(item) { var c = corrections[keyOf(item)]; return c && c.record ? c.record : item.r; }

  // Added spans live only in the corrections; they join the table as items of their document.
  function addedItems() {
    return Object.keys(corrections).filter(function (k) { return corrections[k].status === 'added'; }).map(function (k) {
      var rec = corrections[k].record;
      var doc = docs.filter(function (d) { return d.name === rec.doc; })[0];
      return { doc: doc, r: rec, key: k, added: true };
    }).filter(function (item) { return item.doc; });
  }

  // ---- the document list: natural order, filtered by the search ----
  var list = $('#docs ol');
  docs.slice().sort(function (a, b) { return collator.compare(a.name, b.name); }).forEach(function (d) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = '#' + d.section.id;
    a.textContent = d.name;
    a.title = d.name;
    li.appendChild(a);
    d.item = li;
    list.appendChild(li);
  });
  // Natural order for the documents themselves too.
  docs.slice().sort(function (a, b) { return collator.compare(a.name, b.name); }).forEach(function (d) { $('#main').appendChild(d.section); });

  // ---- type checkboxes and counts ----
  var hidden = {};
  $$('input[data-type]').forEach(function (cb) {
    cb.addEventListener('change', function () {
      hidden[cb.dataset.type] = !cb.checked;
      document.body.classList.toggle('hide-' + cb.dataset.type, !cb.checked);
      renderTable();
    });
  });
  TYPES.forEach(function (t) {
    var el = $('[data-count="' + t + '"]');
    if (el) el.textContent = String(all.filter(function (x) { return x.r.type === t; }).length);
  });

  // ---- details: a panel reachable by mouse and keyboard, and a tooltip on hover ----
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  function describe(r) {
    var lines = ['<b>' + esc(r.type) + '</b> ' + esc(JSON.stringify(r.text)) + ' [' + r.start + ', ' + r.end + ')'];
    // The type's attributes, as the record schema lists them (ATTRS); provenance below.
    (ATTRS[r.type] || []).forEach(function (k) {
      if (r[k] !== undefined) lines.push(esc(k) + ': ' + esc(JSON.stringify(r[k])));
    });
    if (r.page !== undefined) lines.push('page ' + r.page + ', line ' + r.line + ', column ' + r.column + ', sentence ' + r.sentence);
    if (r.section) lines.push('section: ' + esc(r.section));
    // PDF inputs: where each line of the span sits on its page (points from the top-left).
    if (r.boxes) lines.push('boxes: ' + r.boxes.map(function (b) { return 'p. ' + b.page + ' (' + b.x0 + ', ' + b.y0 + ')-(' + b.x1 + ', ' + b.y1 + ')'; }).join('; '));
    if (r.extractor) lines.push('extractor: ' + esc(r.extractor) + ', rule: ' + esc(r.rule) + ', confidence: ' + r.confidence);
    return lines.join('\n');
  }
  var tip = $('#tip');
  function spanItem(el) {
    var ref = el.dataset.a.split('/');
    var d = byIndex[ref[0]];
    return { doc: d, i: Number(ref[1]), r: d.records[Number(ref[1])], key: el.dataset.a };
  }
  document.addEventListener('mouseover', function (e) {
    var parts = [];
    for (var el = e.target; el && el.classList; el = el.parentElement) {
      if (!el.classList.contains('a') || hidden[el.classList[1].slice(2)]) continue;
      parts.push(describe(current(spanItem(el))));
    }
    tip.hidden = parts.length === 0;
    tip.innerHTML = parts.join('\n\n');
  });
  document.addEventListener('mousemove', function (e) {
    tip.style.left = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8) + 'px';
    tip.style.top = Math.min(e.clientY + 16, window.innerHeight - tip.offsetHeight - 8) + 'px';
  });

  var details = $('#details');
  var selected = null;
  function show(item) {
    selected = item;
    var r = current(item);
    var status = statusOf(item);
    details.innerHTML = '<pre class="describe">' + describe(r) + '</pre>' +
      '<p class="status">' + (status ? 'marked <b>' + status + '</b>' : 'not reviewed') + '</p>' +
      '<div class="actions">' +
      (item.added ? '' : '<button type="button" data-act="accept">Accept</button> <button type="button" data-act="reject">Reject</button> ') +
      '<button type="button" data-act="edit">Edit</button>' +
      (status ? ' <button type="button" data-act="undo">Undo</button>' : '') + '</div>';
    $$('.a.current').forEach(function (el) { el.classList.remove('current'); });
    if (!item.added) $$('.a[data-a="' + item.key + '"]').forEach(function (el) { el.classList.add('current'); });
  }
  function spanOf(item) { return $('.a[data-a="' + item.key + '"]'); }
  document.addEventListener('focusin', function (e) {
    if (e.target.classList && e.target.classList.contains('a')) show(spanItem(e.target));
  });
  document.addEventListener('click', function (e) {
    var span = e.target.closest ? e.target.closest('.a') : null;
    if (span && !window.getSelection().toString()) show(spanItem(span));
  });
  // Every annotation is a tab stop: its details are one key away, not only under the pointer.
  $$('.a').forEach(function (el) { el.tabIndex = 0; });

  details.addEventListener('click', function (e) {
    var act = e.target.dataset ? e.target.dataset.act : undefined;
    if (!act || !selected) return;
    var item = selected;
    if (act === 'accept' || act === 'reject') corrections[item.r.id] = { status: act === 'accept' ? 'accepted' : 'rejected', record: null };
    else if (act === 'undo') delete corrections[keyOf(item)];
    else if (act === 'edit') return editForm(item);
    else if (act === 'save') {
      var rec = readForm(item);
      if (!rec) return;
      corrections[keyOf(item)] = { status: item.added ? 'added' : 'edited', record: rec };
    } else if (act === 'cancel') { /* back to the details */ }
    else if (act === 'add') return addSelection();
    save();
    show(item);
  });

  // ---- edit: type and attributes ----
  function editForm(item) {
    var r = current(item);
    var html = '<form class="edit"><label>type <select name="type">' +
      TYPES.map(function (t) { return '<option' + (t === r.type ? ' selected' : '') + '>' + t + '</option>'; }).join('') + '</select></label>';
    var fields = {};
    TYPES.forEach(function (t) { ATTRS[t].forEach(function (a) { fields[a] = 1; }); });
    Object.keys(fields).forEach(function (a) {
      var v = r[a] === undefined ? '' : (typeof r[a] === 'string' ? r[a] : JSON.stringify(r[a]));
      html += '<label data-field="' + a + '">' + a + ' <input name="' + a + '" value="' + esc(v) + '"></label>';
    });
    html += '<p class="form-error" hidden></p><button type="button" data-act="save">Save</button> <button type="button" data-act="cancel">Cancel</button></form>';
    details.innerHTML = html;
    var form = $('form.edit', details);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    var sync = function () {
      var t = form.elements.type.value;
      $$('label[data-field]', form).forEach(function (l) { l.hidden = ATTRS[t].indexOf(l.dataset.field) < 0; });
    };
    form.elements.type.addEventListener('change', sync);
    sync();
    form.elements.type.focus();
  }
  function readForm(item) {
    var form = $('form.edit', details);
    var base = current(item);
    var t = form.elements.type.value;
    var rec = { doc: base.doc, type: t, start: base.start, end: base.end, text: base.text };
    var problem = '';
    ATTRS[t].forEach(function (a) {
      var v = form.elements[a].value.trim();
      if (v === '') return;
      if (a === 'value' || a === 'year') {
        try { rec[a] = JSON.parse(v); } catch { problem = a + ' must be a number or [low, high]'; }
      } else rec[a] = v;
    });
    if (!problem && !item.added) {
      // Provenance stays: the span has not moved.
      PROV.forEach(function (k) { if (base[k] !== undefined) rec[k] = base[k]; });
    }
    if (problem) {
      var p = $('.form-error', details);
      p.textContent = problem;
      p.hidden = false;
      return null;
    }
    return rec;
  }

  // ---- add a missed span: select text, choose its type ----
  var pending = null;
  function offsetIn(textEl, node, offset) {
    var range = document.createRange();
    range.setStart(textEl, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  document.addEventListener('mouseup', function (e) {
    // Only a selection made in a document's text; clicks in the panel leave the prompt alone.
    if (!(e.target.closest && e.target.closest('.text'))) return;
    var sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return;
    var range = sel.getRangeAt(0);
    var startText = range.startContainer.parentElement && range.startContainer.parentElement.closest('.text');
    var endText = range.endContainer.parentElement && range.endContainer.parentElement.closest('.text');
    if (!startText || startText !== endText) return;
    var d = docs.filter(function (x) { return x.text === startText; })[0];
    var start = offsetIn(startText, range.startContainer, range.startOffset);
    var end = offsetIn(startText, range.endContainer, range.endOffset);
    var raw = startText.textContent;
    // Trim the white space a drag selection picks up at its ends.
    while (start < end && /\s/.test(raw[start])) start++;
    while (end > start && /\s/.test(raw[end - 1])) end--;
    if (start === end) return;
    // A part of a long document's review starts further into the document: offsets are the document's.
    var base = Number(startText.dataset.offset || 0);
    pending = { doc: d, start: base + start, end: base + end, text: raw.slice(start, end) };
    details.innerHTML = '<p>Selected in <b>' + esc(d.name) + '</b> [' + pending.start + ', ' + pending.end + '): ' + esc(JSON.stringify(pending.text)) + '</p>' +
      '<label>type <select id="add-type">' + TYPES.map(function (t) { return '<option>' + t + '</option>'; }).join('') + '</select></label> ' +
      '<button type="button" data-act="add">Add annotation</button>';
  });
  function addSelection() {
    if (!pending) return;
    var p = pending;
    pending = null;
    window.getSelection().removeAllRanges();
    var rec = { doc: p.doc.name, type: $('#add-type').value, start: p.start, end: p.end, text: p.text };
    var key = 'added:' + rec.doc + ':' + rec.type + ':' + rec.start + '-' + rec.end;
    corrections[key] = { status: 'added', record: rec };
    save();
    // Straight to its attributes: an added span needs them (a country its iso3).
    editForm({ doc: p.doc, r: rec, key: key, added: true });
    selected = { doc: p.doc, r: rec, key: key, added: true };
  }

  // ---- the table of annotations, with filters ----
  var table = $('#table tbody');
  var filters = { type: $('#f-type'), category: $('#f-category'), country: $('#f-country'), extractor: $('#f-extractor'), status: $('#f-status') };
  var search = $('#search');
  function countryOf(r) { return r.iso3 || r.country || ''; }
  function fill(select, values) {
    values.sort(collator.compare).forEach(function (v) {
      var o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      select.appendChild(o);
    });
  }
  function distinct(f) { var s = {}; all.forEach(function (x) { var v = f(x.r); if (v) s[v] = 1; }); return Object.keys(s); }
  fill(filters.type, TYPES.slice());
  fill(filters.category, distinct(function (r) { return r.category; }));
  fill(filters.country, distinct(countryOf));
  fill(filters.extractor, distinct(function (r) { return r.extractor; }));
  fill(filters.status, STATUSES.concat(['not reviewed']));
  function attributeText(r) {
    return (ATTRS[r.type] || []).filter(function (a) { return r[a] !== undefined; }).map(function (a) { return a + '=' + (typeof r[a] === 'string' ? r[a] : JSON.stringify(r[a])); }).join(' ');
  }
  function matches(item, q) {
    var r = current(item);
    if (hidden[r.type]) return false;
    if (filters.type.value && r.type !== filters.type.value) return false;
    if (filters.category.value && r.category !== filters.category.value) return false;
    if (filters.country.value && countryOf(r) !== filters.country.value) return false;
    if (filters.extractor.value && r.extractor !== filters.extractor.value) return false;
    var st = statusOf(item) || 'not reviewed';
    if (filters.status.value && st !== filters.status.value) return false;
    if (q && (item.doc.name + ' ' + r.text + ' ' + attributeText(r)).toLowerCase().indexOf(q) < 0) return false;
    return true;
  }
  var LIMIT = 2000;
  function renderTable() {
    var q = search.value.trim().toLowerCase();
    var items = all.concat(addedItems()).filter(function (x) { return matches(x, q); });
    items.sort(function (a, b) { return collator.compare(a.doc.name, b.doc.name) || a.r.start - b.r.start || a.r.end - b.r.end; });
    table.innerHTML = '';
    items.slice(0, LIMIT).forEach(function (item) {
      var r = current(item);
      var tr = document.createElement('tr');
      tr.tabIndex = 0;
      tr.dataset.key = item.key;
      var st = statusOf(item);
      if (st) tr.className = 's-' + st;
      [item.doc.name, r.type, r.text, attributeText(r), countryOf(r), r.extractor || '', st].forEach(function (v) {
        var td = document.createElement('td');
        td.textContent = v;
        tr.appendChild(td);
      });
      var open = function () {
        show(item);
        var span = item.added ? null : spanOf(item);
        if (span) { span.scrollIntoView({ block: 'center' }); span.focus({ preventScroll: true }); }
      };
      tr.addEventListener('click', open);
      tr.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
      table.appendChild(tr);
    });
    $('#shown').textContent = items.length > LIMIT ? LIMIT + ' of ' + items.length : String(items.length);
    // The search also narrows the document list, by name or by text.
    docs.forEach(function (d) { d.item.hidden = !!q && (d.name + '\n' + (d.text ? d.text.textContent : '')).toLowerCase().indexOf(q) < 0; });
  }
  Object.keys(filters).forEach(function (k) { filters[k].addEventListener('change', renderTable); });
  search.addEventListener('input', renderTable);

  function refreshStatuses() {
    $$('.a').forEach(function (el) {
      var st = statusOf(spanItem(el));
      el.classList.toggle('s-rejected', st === 'rejected');
      el.classList.toggle('s-accepted', st === 'accepted');
      el.classList.toggle('s-edited', st === 'edited');
    });
    $('#corrections-count').textContent = String(Object.keys(corrections).length);
    renderTable();
  }

  // ---- export: JSON Lines, the record plus its status, in document and text order ----
  function exportLines() {
    var out = [];
    all.forEach(function (item) {
      var c = corrections[item.r.id];
      if (!c) return;
      var rec = c.record || item.r;
      var line = {};
      Object.keys(rec).forEach(function (k) { line[k] = rec[k]; });
      line.id = item.r.id; // the record it corrects, whatever it became
      line.status = c.status;
      out.push({ doc: item.doc.name, start: rec.start, end: rec.end, line: line });
    });
    addedItems().forEach(function (item) {
      var line = {};
      Object.keys(item.r).forEach(function (k) { line[k] = item.r[k]; });
      line.status = 'added';
      out.push({ doc: item.doc.name, start: item.r.start, end: item.r.end, line: line });
    });
    out.sort(function (a, b) { return collator.compare(a.doc, b.doc) || a.start - b.start || a.end - b.end; });
    return out.map(function (x) { return JSON.stringify(x.line) + '\n'; }).join('');
  }
  $('#export').addEventListener('click', function () {
    var text = exportLines();
    $('#export-text').value = text;
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
    a.download = 'corrections.jsonl';
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  $('#clear').addEventListener('click', function () {
    if (!window.confirm('Forget every correction made on this page?')) return;
    corrections = {};
    save();
  });

  refreshStatuses();
})();
