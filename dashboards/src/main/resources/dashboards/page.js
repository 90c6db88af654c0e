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
