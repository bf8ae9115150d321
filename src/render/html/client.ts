/**
 * The page scripts, as source text. HIGHLIGHT_JS is the only script of the self-contained report
 * (allowed by its CSP hash); the web app serves it with FORM_JS from /assets/app.js. They read
 * nothing from article content: selection keys are the renderer's own `k<number>` tokens, and
 * every update goes through classList / setAttribute / textContent — never innerHTML.
 */

export const HIGHLIGHT_JS = `(function () {
  'use strict';
  var KEY = /^k[0-9]+$/;
  var current = null;
  var bar = document.getElementById('selbar');
  var status = document.getElementById('sel-status');
  var clearBtn = document.getElementById('sel-clear');
  var jump = bar ? bar.querySelector('.sel-jump') : null;
  function each(sel, fn) { Array.prototype.forEach.call(document.querySelectorAll(sel), fn); }
  function clear() {
    each('.s.hl', function (el) { el.classList.remove('hl', 'hv0', 'hv1', 'hv2', 'hv3'); });
    each('button.sel[aria-pressed="true"]', function (b) { b.setAttribute('aria-pressed', 'false'); });
    each('.col.has-hl', function (c) { c.classList.remove('has-hl'); });
    current = null;
    if (bar) bar.classList.remove('on');
    if (status) status.textContent = '';
    if (clearBtn) clearBtn.hidden = true;
    if (jump) jump.hidden = true;
  }
  function scrollColumn(col, el) {
    var box = col.querySelector('.atext');
    if (!box || box.scrollHeight <= box.clientHeight) return;
    box.scrollTop = Math.max(0, el.offsetTop - box.offsetTop - 48);
  }
  function select(btn) {
    var key = btn.getAttribute('data-sel');
    if (!key || !KEY.test(key)) return;
    if (current === key) { clear(); return; }
    clear();
    current = key;
    var first = {};
    var cols = 0;
    var passages = 0;
    each('[data-k~="' + key + '"]', function (el) {
      // A span cut into several segments (where other spans start or end) is one passage.
      var prev = el.previousSibling;
      if (!(prev && prev.classList && prev.classList.contains('hl'))) passages++;
      el.classList.add('hl');
      var col = el.closest('.col');
      if (col && !first[col.id]) { first[col.id] = el; cols++; col.classList.add('has-hl'); scrollColumn(col, el); }
    });
    (btn.getAttribute('data-parts') || '').split(' ').forEach(function (p, i) {
      if (KEY.test(p)) each('[data-k~="' + p + '"]', function (el) { el.classList.add('hv' + (i % 4)); });
    });
    // Bring the first article with a highlight into view inside the side-by-side strip.
    var strip = document.querySelector('.cols');
    var firstCol = strip ? strip.querySelector('.col.has-hl') : null;
    if (strip && firstCol && (firstCol.offsetLeft < strip.scrollLeft || firstCol.offsetLeft + firstCol.offsetWidth > strip.scrollLeft + strip.clientWidth)) {
      strip.scrollLeft = Math.max(0, firstCol.offsetLeft - 8);
    }
    each('button.sel[data-sel="' + key + '"]', function (b) { b.setAttribute('aria-pressed', 'true'); });
    var total = document.querySelectorAll('.col').length;
    var what = (btn.getAttribute('data-what') || btn.textContent || '').replace(/\\s+/g, ' ').trim();
    if (what.length > 64) what = what.slice(0, 61) + '…';
    var n = passages === 1 ? '1 passage' : passages + ' passages';
    if (status) status.textContent = !cols
      ? 'No passage to highlight for: ' + what
      : total === 1 ? 'Highlighted ' + n + ': ' + what
      : 'Highlighted in ' + cols + ' of ' + total + ' articles: ' + what;
    if (bar) bar.classList.add('on');
    if (clearBtn) clearBtn.hidden = false;
    if (jump) jump.hidden = !cols;
  }
  // Outlet tables: groups of columns fold into one, and a filter shows only the outlets whose
  // name (or group's name) holds the typed text. Only the hidden attribute and colSpan change.
  var GROUP = /^g[0-9]+$/;
  function within(root, sel, fn) { Array.prototype.forEach.call(root.querySelectorAll(sel), fn); }
  function folded(table, g) {
    var b = GROUP.test(g) ? table.querySelector('button.gtoggle[data-g="' + g + '"]') : null;
    return !!b && b.getAttribute('aria-expanded') === 'false';
  }
  function applyTable(table) {
    var q = (table.getAttribute('data-q') || '').toLowerCase();
    var groupLabel = {};
    within(table, 'th.gh', function (h) { groupLabel[h.getAttribute('data-g')] = h.getAttribute('data-label') || ''; });
    var colLabel = {};
    within(table, 'thead th[data-c]', function (th) { colLabel[th.getAttribute('data-c')] = th.getAttribute('data-label') || ''; });
    var shown = {};
    within(table, '[data-c]', function (c) {
      var g = c.getAttribute('data-g');
      var hide = q ? (colLabel[c.getAttribute('data-c')] || '').indexOf(q) < 0 && (groupLabel[g] || '').indexOf(q) < 0 : folded(table, g);
      c.hidden = hide;
      if (!hide && c.tagName === 'TH') shown[g] = (shown[g] || 0) + 1;
    });
    within(table, '.gsum', function (c) {
      var g = c.getAttribute('data-g');
      c.hidden = !!q || !folded(table, g);
      if (!c.hidden && c.tagName === 'TH') shown[g] = (shown[g] || 0) + 1;
    });
    within(table, 'th.gh', function (h) {
      var n = shown[h.getAttribute('data-g')] || 0;
      h.hidden = n === 0;
      if (n) h.colSpan = n;
    });
  }
  each('label.ofilter-l', function (l) { l.hidden = false; });
  document.addEventListener('input', function (ev) {
    var t = ev.target;
    if (!t || !t.classList || !t.classList.contains('ofilter')) return;
    (t.getAttribute('data-for') || '').split(' ').forEach(function (id) {
      var table = /^otable-[0-9]+$/.test(id) ? document.getElementById(id) : null;
      if (!table) return;
      table.setAttribute('data-q', t.value.trim());
      applyTable(table);
    });
  });
  var layout = document.getElementById('layout');
  var foldBtn = document.getElementById('fold-articles');
  if (layout && foldBtn) {
    foldBtn.hidden = false;
    foldBtn.addEventListener('click', function () {
      var beside = layout.classList.toggle('folded') === false;
      foldBtn.setAttribute('aria-pressed', beside ? 'true' : 'false');
    });
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target;
    var btn = t && t.closest ? t.closest('button.sel') : null;
    if (btn) { select(btn); return; }
    var tog = t && t.closest ? t.closest('button.gtoggle') : null;
    if (tog) {
      tog.setAttribute('aria-expanded', tog.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
      var table = tog.closest('table');
      if (table) applyTable(table);
      return;
    }
    if (t && t.id === 'sel-clear') clear();
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && current) clear();
  });
  // Folded sections print in full.
  window.addEventListener('beforeprint', function () { each('details', function (d) { d.open = true; }); });
})();
`;

export const FORM_JS = `(function () {
  'use strict';
  var form = document.getElementById('analyze-form');
  if (!form) return;
  var drop = document.getElementById('drop');
  var input = document.getElementById('files');
  var listEl = document.getElementById('file-list');
  var add = document.getElementById('add-article');
  var blocks = document.getElementById('paste-blocks');
  function showFiles() {
    if (!listEl || !input) return;
    while (listEl.firstChild) listEl.removeChild(listEl.firstChild);
    Array.prototype.forEach.call(input.files || [], function (f) {
      var li = document.createElement('li');
      li.textContent = f.name + ' (' + Math.max(1, Math.round(f.size / 1024)) + ' KB)';
      listEl.appendChild(li);
    });
  }
  if (input) input.addEventListener('change', showFiles);
  if (drop && input) {
    ['dragenter', 'dragover'].forEach(function (n) {
      drop.addEventListener(n, function (ev) { ev.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (n) {
      drop.addEventListener(n, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (ev) {
      ev.preventDefault();
      if (ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files.length) {
        input.files = ev.dataTransfer.files;
        showFiles();
      }
    });
  }
  if (add && blocks) {
    add.hidden = false;
    add.addEventListener('click', function () {
      var all = blocks.querySelectorAll('fieldset');
      var last = all[all.length - 1];
      var copy = last.cloneNode(true);
      var n = all.length + 1;
      copy.querySelector('legend').textContent = 'Article ' + n;
      Array.prototype.forEach.call(copy.querySelectorAll('input, textarea'), function (el) {
        var base = el.id.replace(/-[0-9]+$/, '');
        el.id = base + '-' + n;
        el.value = '';
      });
      Array.prototype.forEach.call(copy.querySelectorAll('label'), function (l) {
        l.htmlFor = l.htmlFor.replace(/-[0-9]+$/, '') + '-' + n;
      });
      blocks.appendChild(copy);
      copy.querySelector('textarea').focus();
    });
  }
  form.addEventListener('submit', function () {
    var b = form.querySelector('button[type="submit"]');
    if (b) { b.disabled = true; b.textContent = 'Analysing…'; }
  });
})();
`;
