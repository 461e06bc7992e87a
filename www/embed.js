/*! Signaal host script: puts the tool on another site.
 *
 *   <script src="https://TOOL-ORIGIN/embed.js" defer></script>
 *   <div data-signaal="iframe" data-lang="pap-CW" data-island="curacao"></div>
 *   <div data-signaal="inline" data-lang="nl" data-island="aruba"></div>
 *
 * Options are data attributes (lang, island, path, exit-url, accent, accent-text, background,
 * text, compact); the tool itself validates them and warns in the console about bad ones.
 * The script stores nothing and talks to no origin but the tool's own.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) {
    console.error('Signaal: load embed.js with <script src> (not as a module or inline)');
    return;
  }
  var base = new URL('.', script.src).href;
  var toolOrigin = new URL(base).origin;
  // Filled in at build time from the same content as the tool's own fallback.
  var FALLBACK = '__SIGNAAL_FALLBACK__';
  var MAX_HEIGHT = 20000;
  var OPTION = /^data-[a-z-]{1,30}$/;

  function options(host) {
    var params = new URLSearchParams();
    for (var i = 0; i < host.attributes.length; i++) {
      var a = host.attributes[i];
      if (OPTION.test(a.name) && a.name.indexOf('data-signaal') !== 0) params.append(a.name.slice(5), a.value);
    }
    return params;
  }

  /* iframe: the private choice. The tool runs on its own origin; the host sees only a height. */
  function mountFrame(host) {
    var params = options(host);
    params.set('parent-origin', location.origin);
    var frame = document.createElement('iframe');
    frame.src = base + '?' + params.toString();
    frame.title = host.getAttribute('title') || 'Signaal';
    frame.referrerPolicy = 'no-referrer';
    // allow-forms: each step is a form (submitted in the page, never sent anywhere).
    // allow-top-navigation-by-user-activation: quick exit may leave the whole host page, only
    // on a click or key press. allow-popups(-to-escape-sandbox): website links open in a new
    // tab. allow-modals: the print button. Without the top-navigation flag, quick exit can
    // only empty the frame and the host page stays visible.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups ' +
      'allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-modals');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = '40rem';
    window.addEventListener('message', function (e) {
      if (e.source !== frame.contentWindow || e.origin !== toolOrigin) return;
      var d = e.data;
      if (!d || typeof d !== 'object' || d.type !== 'signaal:height') return;
      var h = d.height;
      if (typeof h !== 'number' || !isFinite(h) || h < 1 || h > MAX_HEIGHT) return;
      frame.style.height = Math.ceil(h) + 'px';
      onScroll();
    });
    // The frame is as tall as its content, so it never scrolls itself: tell it where its top
    // edge is, and it keeps its quick-exit bar in view.
    var queued = false;
    function sendScroll() {
      queued = false;
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: 'signaal:scroll', top: frame.getBoundingClientRect().top }, toolOrigin);
      }
    }
    function onScroll() {
      if (!queued) { queued = true; requestAnimationFrame(sendScroll); }
    }
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    frame.addEventListener('load', function () {
      frame.contentWindow.postMessage({ type: 'signaal:measure' }, toolOrigin);
      sendScroll();
    });
    host.replaceChildren(frame);
  }

  /* inline: the tool renders into a shadow root, so its styles and the host's stay apart. */
  var loading = null;
  function loadModule() {
    if (!loading) {
      loading = import(base + 'pkg/signaal.js').then(function (m) {
        return m.default({ module_or_path: base + 'pkg/signaal_bg.wasm' }).then(function () { return m; });
      });
    }
    return loading;
  }

  function mountInline(host) {
    var shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = base + 'embed.css';
    var wrap = document.createElement('div');
    wrap.className = 'sg-embed';
    var mount = document.createElement('div');
    mount.className = 'sg-mount';
    var fallback = document.createElement('div');
    fallback.className = 'sg-fallback';
    fallback.hidden = true;
    fallback.innerHTML = FALLBACK;
    wrap.append(mount, fallback);
    shadow.replaceChildren(css, wrap);
    // rem in the tool's styles means the host's root font size; use the reader's own default
    // size instead (a host with html { font-size: 62.5% } must not shrink the tool).
    wrap.style.fontSize = 'medium';
    wrap.style.setProperty('--sg-rem', getComputedStyle(wrap).fontSize);
    loadModule().then(function (m) {
      m.mount_inline(mount, host);
    }).catch(function (err) {
      console.error('Signaal could not start; showing the numbers instead.', err);
      fallback.hidden = false;
    });
  }

  function mountOne(host) {
    var mode = host.getAttribute('data-signaal');
    if (mode === 'inline') return mountInline(host);
    if (mode !== 'iframe' && mode !== '') {
      console.warn('Signaal: data-signaal must be "iframe" or "inline", not "' + String(mode).slice(0, 40) + '"; using iframe');
    }
    mountFrame(host);
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-signaal]');
    for (var i = 0; i < hosts.length; i++) {
      if (!hosts[i].hasAttribute('data-signaal-mounted')) {
        hosts[i].setAttribute('data-signaal-mounted', '');
        mountOne(hosts[i]);
      }
    }
  }

  window.Signaal = { mountAll: mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
