// The embed generator: builds the snippet from the form and re-mounts the live preview.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var base = new URL('.', location.href).href;
  var DEFAULT_ACCENT = '#1d3557';

  function attrs() {
    var a = [['data-signaal', $('eg-mode').value]];
    var add = function (name, value) { if (value) a.push([name, value]); };
    add('data-lang', $('eg-lang').value);
    add('data-island', $('eg-island').value);
    add('data-path', $('eg-path').value);
    add('data-exit-url', $('eg-exit').value.trim());
    if ($('eg-accent').value.toLowerCase() !== DEFAULT_ACCENT) add('data-accent', $('eg-accent').value);
    if ($('eg-compact').checked) add('data-compact', 'true');
    return a;
  }

  function escape(v) {
    return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function update() {
    var a = attrs();
    $('eg-snippet').value = '<script src="' + base + 'embed.js" defer></script>\n<div ' +
      a.map(function (p) { return p[0] + '="' + escape(p[1]) + '"'; }).join(' ') + '>' +
      '<a href="' + base + '">Signaal: help with human trafficking</a></div>';
    var host = document.createElement('div');
    a.forEach(function (p) { host.setAttribute(p[0], p[1]); });
    $('eg-preview').replaceChildren(host);
    if (window.Signaal) window.Signaal.mountAll();
  }

  function copy() {
    var text = $('eg-snippet').value;
    var done = function () { $('eg-copied').textContent = 'Copied.'; };
    var byHand = function () {
      $('eg-snippet').select();
      $('eg-copied').textContent = 'Select the text and copy it (Ctrl+C).';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, byHand);
    else byHand();
  }

  $('eg-form').addEventListener('change', update);
  $('eg-form').addEventListener('input', function (e) { if (e.target.id === 'eg-exit') update(); });
  $('eg-copy').addEventListener('click', copy);
  update();
})();
