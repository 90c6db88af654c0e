// Shared by every page of the site. Pages carry no inline script, so the portal's Content-Security-Policy can allow
// only the site's own script files. Loaded first in <head>, so it sees every error.

// Script errors, console errors and refused resources are kept on the page (data-errors), which the browser tests read.
function recordError(message) {
  document.documentElement.setAttribute('data-errors', (document.documentElement.getAttribute('data-errors') || '') + message + ';');
}
window.addEventListener('error', function (e) { recordError(e.message); });
document.addEventListener('securitypolicyviolation', function (e) { recordError('CSP ' + e.violatedDirective + ' ' + e.blockedURI); });
(function () {
  var original = console.error;
  console.error = function () { recordError(Array.prototype.join.call(arguments, ' ')); original.apply(console, arguments); };
})();

// Every chart reports when ECharts has drawn it (data-rendered), which the browser test reads.
function mountChart(id, option) {
  var el = document.getElementById(id);
  var chart = echarts.init(el, null, {renderer: 'canvas'});
  chart.on('finished', function () {
    el.setAttribute('data-rendered', 'true');
    // With #check in the address, each chart also exposes the data it draws, for the browser test to compare.
    if (location.hash === '#check') {
      el.setAttribute('data-series', JSON.stringify(chart.getOption().series.map(function (s) { return s.data; })));
    }
  });
  chart.setOption(option);
  window.addEventListener('resize', function () { chart.resize(); });
  return chart;
}

// What the page loaded (scripts, styles, images, fetches), for the offline check: all must be local files.
window.addEventListener('load', function () {
  var urls = [];
  document.querySelectorAll('script[src], img[src]').forEach(function (e) { urls.push(e.src); });
  document.querySelectorAll('link[href]').forEach(function (e) { urls.push(e.href); });
  performance.getEntriesByType('resource').forEach(function (e) { urls.push(e.name); });
  document.body.setAttribute('data-resources', urls.join(' '));
  // Milliseconds from the navigation to the end of the page's scripts (its charts set up), for bench/pages.sh.
  document.body.setAttribute('data-load-ms', Math.round(performance.now()));
  // How wide the page is against the window: wider would scroll sideways (a phone at 390 px), for the browser test.
  document.body.setAttribute('data-widths', document.documentElement.scrollWidth + ' ' + window.innerWidth);
});

// The organisation search box of every page: by name, code or pinyin initials; the list of organisations is a script file
// (assets/organisations.js, pages open from file:// where nothing can be fetched), loaded when the box is first used.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('org-search');
  if (!box) { return; }
  var wrap = box.closest('.search'), root = wrap.dataset.root, list = document.getElementById('org-search-results');
  var loading = false;
  function withOrganisations(then) {
    if (window.DJ_ORGANISATIONS) { then(); return; }
    if (loading) { return; }
    loading = true;
    var s = document.createElement('script');
    s.src = root + 'assets/organisations.js';
    s.onload = then;
    document.head.appendChild(s);
  }
  function hits() {
    var q = box.value.trim().toLowerCase();
    if (!q) { return []; }
    return window.DJ_ORGANISATIONS.filter(function (o) {
      // by code, by name, or by the pinyin initials of the name (机关党委: jgdw)
      return o[0].toLowerCase().indexOf(q) >= 0 || o[1].toLowerCase().indexOf(q) >= 0 || (o[3] || '').indexOf(q) >= 0;
    }).slice(0, 12);
  }
  function show() {
    var found = hits();
    list.innerHTML = '';
    found.forEach(function (o) {
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = root + 'org/' + o[0] + '.html';
      a.textContent = o[1];
      var code = document.createElement('span');
      code.className = 'code';
      code.textContent = ' ' + o[0] + ' · ' + o[2];
      li.appendChild(a); li.appendChild(code); list.appendChild(li);
    });
    if (!found.length && box.value.trim()) {
      var none = document.createElement('li');
      none.textContent = wrap.dataset.none;
      list.appendChild(none);
    }
    list.hidden = !box.value.trim();
  }
  box.addEventListener('input', function () { withOrganisations(show); });
  // #search=… in the address opens the page with that search done (a link to share, and the browser test's way in).
  var asked = /search=([^&]*)/.exec(location.hash);
  if (asked) { box.value = decodeURIComponent(asked[1]); withOrganisations(show); }
  box.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && window.DJ_ORGANISATIONS) {
      var first = hits()[0];
      if (first) { location.href = root + 'org/' + first[0] + '.html'; }
    } else if (e.key === 'Escape') {
      box.value = ''; list.hidden = true;
    }
  });
});

// Text for HTML built by a page's script (the data's names and notes are text, never markup).
function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// A number with one decimal as the site's Java writes it (Decimals.fixed: its shortest decimal form rounded half up),
// not as toFixed does (from the binary value: 84.35 → 84.3). Null or undefined: none (the caller shows a blank).
function oneDecimal(x) {
  if (x === null || x === undefined) { return null; }
  var m = /^(\d+)(?:\.(\d)(\d?)\d*)?$/.exec(String(x)); // tens, tenths, the digit deciding the rounding
  if (!m) { return Number(x).toFixed(1); } // negative or in exponent form: no score is
  return ((Number(m[1]) * 10 + Number(m[2] || 0) + (m[3] >= '5' ? 1 : 0)) / 10).toFixed(1);
}

// How every sortable table orders two cells' text: numbers as numbers, a blank cell (—) has no number and goes last
// in either order (never sorted as if it were 0); text by Chinese collation (pinyin).
var cellCollator = new Intl.Collator('zh');
function compareCells(x, y, num, asc) {
  if (num) {
    var nx = parseFloat(x), ny = parseFloat(y);
    if (isNaN(nx) || isNaN(ny)) { return isNaN(nx) - isNaN(ny); }
    return asc ? nx - ny : ny - nx;
  }
  var r = cellCollator.compare(x, y);
  return asc ? r : -r;
}

// A table of a province's organisations (two thousand rows) drawn from its page's data rather than written into the
// page, where its rows made a megabyte of HTML that took over a second to open: the first rows at once, the rest when
// the reader scrolls to the end of those drawn, presses the button under the table, or prints. Its headers sort the
// data — every row, not only those drawn — as the site's other tables sort theirs (blank cells last, Chinese names by
// pinyin), and a sort chosen stays when other rows are shown (another period, another peer group).
//   html(row): the row's <tr>…</tr>; text(row, column): what the row's cell in that column shows, to sort by.
// The table carries data-drawn (the page's click-to-sort leaves it alone) and data-more, the button's label.
function drawnRows(table, html, text) {
  var FIRST = 100, MORE = 500;
  var tbody = table.tBodies[0], rows = [], drawn = 0, sorted = null;
  var more = document.createElement('button');
  more.type = 'button'; more.className = 'more-rows'; more.hidden = true;
  table.parentNode.insertBefore(more, table.nextSibling);
  function draw(upTo) {
    var out = [], end = Math.min(upTo, rows.length);
    for (var i = drawn; i < end; i++) { out.push(html(rows[i])); }
    tbody.insertAdjacentHTML('beforeend', out.join(''));
    drawn = end;
    more.hidden = drawn >= rows.length;
    more.textContent = table.dataset.more.replace('{shown}', drawn).replace('{n}', rows.length);
    // Screen readers hear how many rows the table has while only the first are drawn.
    if (drawn < rows.length) { table.setAttribute('aria-rowcount', rows.length + 1); } else { table.removeAttribute('aria-rowcount'); }
    if (watcher && !more.hidden) { watcher.unobserve(more); watcher.observe(more); } // still in sight: more again
  }
  var watcher = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; }) && drawn < rows.length) { draw(drawn + MORE); }
  }, {rootMargin: '400px'}) : null;
  more.addEventListener('click', function () { draw(rows.length); });
  window.addEventListener('beforeprint', function () { draw(rows.length); });
  function order() {
    var col = sorted.col, num = sorted.num, asc = sorted.asc;
    rows.sort(function (a, b) { return compareCells(text(a, col), text(b, col), num, asc); });
  }
  function show(data) {
    rows = data.slice();
    if (sorted) { order(); }
    tbody.textContent = '';
    drawn = 0;
    draw(FIRST);
  }
  table.querySelectorAll('th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
      sorted = {col: Array.prototype.indexOf.call(th.parentNode.children, th), num: th.dataset.sort === 'num', asc: asc};
      show(rows);
    });
  });
  return {show: show, rows: function () { return rows; }};
}
