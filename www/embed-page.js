// The embed generator: builds the snippet from the form and re-mounts the live preview, in the
// five locales, refusing accent colours whose text contrast is below WCAG's 4.5:1.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var base = new URL('.', location.href).href;
  var DEFAULT_ACCENT = '#1d3557';
  var DEFAULT_ACCENT_TEXT = '#ffffff';
  var LOCALES = ['nl', 'pap-AW', 'pap-CW', 'en', 'es'];
  // Filled in at build time: the [embed_page] texts of i18n/<locale>/ui.toml with each
  // locale's name, and the maintainer's contact from data/site.toml (the "About" settings).
  var TEXTS = '__SIGNAAL_EMBED_TEXTS__';
  var SITE = '__SIGNAAL_SITE__';

  /* The page's language: ?lang=, else the browser's, else English. */
  function pageLocale() {
    var wanted = [new URLSearchParams(location.search).get('lang') || ''].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var t = String(wanted[i] || '').toLowerCase();
      for (var j = 0; j < LOCALES.length; j++) {
        if (t === LOCALES[j].toLowerCase()) return LOCALES[j];
      }
      var primary = t.split('-')[0];
      if (primary === 'pap') return /-aw\b/.test(t) ? 'pap-AW' : 'pap-CW';
      if (LOCALES.indexOf(primary) >= 0) return primary;
    }
    return 'en';
  }
  var locale = typeof TEXTS === 'object' ? pageLocale() : null;
  var t = function (key) { return locale ? TEXTS[locale][key] : ''; };

  // Technical names in the texts are placeholders, the same in every language, shown as code.
  var CODE = {
    frame_ancestors: 'frame-ancestors https:', csp: 'Content-Security-Policy', frame_src: 'frame-src',
    script_src: 'script-src', style_src: 'style-src', connect_src: 'connect-src',
    wasm_eval: "'wasm-unsafe-eval'", unsafe_inline: "'unsafe-inline'", unsafe_eval: "'unsafe-eval'",
    referrer_policy: 'Referrer-Policy: no-referrer', copy_keys: 'Ctrl+C', default_exit: 'https://www.google.com/'
  };

  /* Sets an element's text, with {name} placeholders of CODE as <code> (DOM calls only). */
  function setText(el, text) {
    var parts = text.split(/\{([a-z_]+)\}/);
    el.replaceChildren();
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        if (parts[i]) el.append(parts[i]);
      } else {
        var code = document.createElement('code');
        code.textContent = CODE[parts[i]] || parts[i];
        el.append(code);
      }
    }
  }

  function translate() {
    if (!locale) return; // the English of the page itself (an unbuilt copy)
    document.documentElement.lang = locale;
    document.title = t('title');
    var els = document.querySelectorAll('[data-t]');
    for (var i = 0; i < els.length; i++) setText(els[i], t(els[i].getAttribute('data-t')));
    var list = $('eg-langs');
    LOCALES.forEach(function (l) {
      var item = document.createElement('li');
      var a = document.createElement('a');
      a.href = '?lang=' + l;
      a.lang = l;
      a.textContent = TEXTS[l].name;
      if (l === locale) a.setAttribute('aria-current', 'page');
      item.append(a);
      list.append(item);
    });
  }

  /* Who answers questions: the maintainer from the "About" settings, or a visible
     placeholder while they are not filled in (nothing is made up). */
  function contact() {
    var box = $('eg-contact');
    var site = typeof SITE === 'object' ? SITE : {};
    var who = site.maintainer || t('contact_missing') || '[not filled in yet: contact]';
    box.append((t('contact_text') || '{maintainer}:').replace('{maintainer}', who));
    var links = [];
    if (site.contact_email) links.push(['mailto:' + site.contact_email, site.contact_email]);
    if (site.contact_url) links.push([site.contact_url, site.contact_url]);
    if (!links.length) box.append(' ' + (t('contact_missing') || '[not filled in yet: contact]'));
    links.forEach(function (l, i) {
      var a = document.createElement('a');
      a.href = l[0];
      a.rel = 'noreferrer';
      a.textContent = l[1];
      box.append(i ? ' · ' : ' ', a);
    });
  }

  /* WCAG 2.x contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio): relative
     luminance L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels, and
     (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour. Colours as #rrggbb. */
  function luminance(hex) {
    var v = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // The last accent colours with enough contrast: what the snippet and the preview use.
  var good = { accent: DEFAULT_ACCENT, text: DEFAULT_ACCENT_TEXT };

  function checkColours() {
    var accent = $('eg-accent').value.toLowerCase(), text = $('eg-accent-text').value.toLowerCase();
    var ratio = contrast(accent, text);
    // Shown rounded down, so that 4.47 never reads as 4.5.
    var shown = (Math.floor(ratio * 10) / 10).toFixed(1);
    if (locale && locale !== 'en') shown = shown.replace('.', ',');
    var ok = ratio >= 4.5;
    var msg = $('eg-contrast');
    msg.textContent = ((ok ? t('contrast_ok') : t('contrast_low')) || (ok ? 'Contrast {ratio}:1.' : 'Contrast {ratio}:1 is below 4.5:1.')).replace('{ratio}', shown);
    msg.classList.toggle('sg-error-message', !ok);
    ['eg-accent', 'eg-accent-text'].forEach(function (id) {
      if (ok) $(id).removeAttribute('aria-invalid');
      else $(id).setAttribute('aria-invalid', 'true');
    });
    if (ok) good = { accent: accent, text: text };
  }

  function attrs() {
    var a = [['data-signaal', $('eg-mode').value]];
    var add = function (name, value) { if (value) a.push([name, value]); };
    add('data-lang', $('eg-lang').value);
    add('data-island', $('eg-island').value);
    add('data-path', $('eg-path').value);
    add('data-exit-url', $('eg-exit').value.trim());
    if (good.accent !== DEFAULT_ACCENT) add('data-accent', good.accent);
    if (good.text !== DEFAULT_ACCENT_TEXT) add('data-accent-text', good.text);
    if ($('eg-compact').checked) add('data-compact', 'true');
    return a;
  }

  function escape(v) {
    return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function update() {
    checkColours();
    var a = attrs();
    $('eg-snippet').value = '<script src="' + base + 'embed.js" defer></script>\n<div ' +
      a.map(function (p) { return p[0] + '="' + escape(p[1]) + '"'; }).join(' ') + '>' +
      '<a href="' + base + '">' + escape(t('snippet_link') || 'Signaal') + '</a></div>';
    var host = document.createElement('div');
    a.forEach(function (p) { host.setAttribute(p[0], p[1]); });
    $('eg-preview').replaceChildren(host);
    if (window.Signaal) window.Signaal.mountAll();
  }

  function copy() {
    var text = $('eg-snippet').value;
    var done = function () { $('eg-copied').textContent = t('copied') || 'Copied.'; };
    var byHand = function () {
      $('eg-snippet').select();
      setText($('eg-copied'), t('copy_by_hand') || 'Select the text and copy it ({copy_keys}).');
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, byHand);
    else byHand();
  }

  translate();
  contact();
  $('eg-form').addEventListener('change', update);
  $('eg-form').addEventListener('input', function (e) {
    if (e.target.id === 'eg-exit' || e.target.type === 'color') update();
  });
  $('eg-copy').addEventListener('click', copy);
  update();
})();
