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
});
