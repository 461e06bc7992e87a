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
  // Filled in at build time from the same content as the tool's own fallback (the numbers
  // per island and the texts per language: `signaal-gen fallback-json`).
  var FALLBACK = '__SIGNAAL_FALLBACK__';
  var LOCALES = ['nl', 'pap-AW', 'pap-CW', 'en', 'es'];
  // A sanity bound, not a layout limit: a result with every signal ticked and explained is
  // over 20,000 px tall on a phone.
  var MAX_HEIGHT = 100000;
  var OPTION = /^data-[a-z-]{1,30}$/;
  var DEFAULT_EXIT = 'https://www.google.com/';
  // The same rule as the tool's own parser: http(s), a plain host and port, no spaces,
  // quotes or angle brackets.
  var EXIT_URL = /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?([/?#][^\s"<>]*)?$/i;
  var TITLES = {
    nl: 'Signaal: signalen van mensenhandel herkennen en hulp vinden',
    'pap-aw': 'Signaal: señal di traficacion di hende y yudansa',
    'pap-cw': 'Signaal: señal di trafikashon di hende i yudansa',
    en: 'Signaal: recognise signs of human trafficking and find help',
    es: 'Signaal: reconocer señales de trata de personas y buscar ayuda'
  };
  var exitUrl = null; // the first widget's address, for the page-wide Shift×3

  function exitOf(host) {
    var v = (host.getAttribute('data-exit-url') || '').trim();
    return v.length <= 200 && EXIT_URL.test(v) ? v : DEFAULT_EXIT;
  }

  /* Quick exit for the whole host page: hide it at once, tell the next page nothing about
     this one, and replace the location (so Back does not return here). */
  function leave(url) {
    // Once only: an inline widget's own handler may have started the same exit (a second
    // navigation would cancel the first).
    var root = document.documentElement;
    if (root.classList.contains('sg-exiting')) return;
    root.classList.add('sg-exiting');
    root.style.visibility = 'hidden';
    var meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    location.replace(url);
  }

  /* quick-exit rule:start */
  /* The quick-exit key rule, the same as the tool's own (src/domain/exit.rs) and tested
     against the same table of key sequences (src/domain/exit_cases.json): only Shift on its
     own counts (not a Shift held while another key went down), three presses exit, each press
     restarts a 5-second window, and any other key resets the count. Each call returns what
     happened: 'none', 'counted:N', 'exit', 'reset' or 'expired' (from tick, the timer). */
  function shiftRule() {
    var WINDOW = 5000;
    var presses = 0, last = 0, shiftDown = false, alone = false;
    function lapse(now) {
      if (presses > 0 && now - last >= WINDOW) presses = 0;
    }
    function otherKey() {
      if (shiftDown) alone = false;
      if (presses > 0) {
        presses = 0;
        return 'reset';
      }
      return 'none';
    }
    return {
      down: function (key, now) {
        lapse(now);
        if (key !== 'Shift') return otherKey();
        if (!shiftDown) {
          shiftDown = true;
          alone = true;
        }
        return 'none';
      },
      up: function (key, now) {
        lapse(now);
        if (key !== 'Shift') return otherKey();
        var counts = shiftDown && alone;
        shiftDown = false;
        alone = false;
        if (!counts) return 'none';
        presses += 1;
        last = now;
        if (presses >= 3) {
          presses = 0;
          return 'exit';
        }
        return 'counted:' + presses;
      },
      tick: function (now) {
        if (presses > 0 && now - last >= WINDOW) {
          presses = 0;
          return 'expired';
        }
        return 'none';
      }
    };
  }
  /* quick-exit rule:end */

  /* Shift three times on the host page leaves, as in the tool. Key presses on the host page
     never reach an iframe, and an inline widget whose WebAssembly did not start, or has
     panicked, has no handler of its own. (A running inline widget's handler fires too; both
     replace the location with the same address.) */
  var shiftListening = false;
  function listenForShift() {
    if (shiftListening) return;
    shiftListening = true;
    var rule = shiftRule();
    var timer = 0;
    function on(result) {
      if (result === 'exit' && exitUrl) leave(exitUrl);
      if (result.indexOf('counted') === 0) {
        clearTimeout(timer);
        timer = setTimeout(function () { rule.tick(Date.now()); }, 5020);
      }
    }
    document.addEventListener('keydown', function (e) { on(rule.down(e.key, Date.now())); });
    document.addEventListener('keyup', function (e) { on(rule.up(e.key, Date.now())); });
  }

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
    // frame.html: the tool's entry page for iframe embeds, which any HTTPS site may frame
    // (the standalone page may be framed only by its own origin).
    frame.src = base + 'frame.html?' + params.toString();
    var lang = (host.getAttribute('data-lang') || '').toLowerCase();
    frame.title = TITLES[lang] || TITLES[lang.split('-')[0]] || TITLES.en;
    frame.referrerPolicy = 'no-referrer';
    // allow-forms: each step is a form (submitted in the page, never sent anywhere).
    // allow-top-navigation-by-user-activation: quick exit may leave the whole host page, only
    // on a click or key press. allow-popups(-to-escape-sandbox): website links open in a new
    // tab. allow-modals: the print button. Without the top-navigation flag, quick exit can
    // only empty the frame and the host page stays visible.
    // allow-top-navigation-to-custom-protocols: a call link (tel:) opens the phone app from
    // the top page; the frame itself never navigates to it (a host CSP would block that).
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups ' +
      'allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation ' +
      'allow-top-navigation-to-custom-protocols allow-modals');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = '40rem';
    var exitTo = exitOf(host);
    window.addEventListener('message', function (e) {
      if (e.source !== frame.contentWindow || e.origin !== toolOrigin) return;
      var d = e.data;
      if (!d || typeof d !== 'object') return;
      // Quick exit pressed in the frame: the host page leaves for its own exit address.
      if (d.type === 'signaal:exit') return leave(exitTo);
      if (d.type !== 'signaal:height') return;
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

  /* The language of a widget's fallback: its data-lang, else the browser's, else the
     island's (the same order as the tool: src/domain/locale.rs). */
  function localeOf(host, island) {
    function pick(tag) {
      var t = String(tag || '').toLowerCase();
      for (var i = 0; i < LOCALES.length; i++) {
        if (t === LOCALES[i].toLowerCase()) return LOCALES[i];
      }
      var primary = t.split('-')[0];
      if (primary === 'nl' || primary === 'en' || primary === 'es') return primary;
      if (primary === 'pap') return /-(aw|cw|bq)\b/.test(t) ? (/-aw\b/.test(t) ? 'pap-AW' : 'pap-CW') : (island ? island.papiamento : 'pap-CW');
      return null;
    }
    var chosen = pick(host.getAttribute('data-lang'));
    var langs = navigator.languages || [navigator.language];
    for (var i = 0; !chosen && i < langs.length; i++) chosen = pick(langs[i]);
    if (chosen) return chosen;
    var byIsland = { aruba: 'pap-AW', curacao: 'pap-CW', bonaire: 'pap-CW', 'sint-maarten': 'en', saba: 'en', 'sint-eustatius': 'en' };
    return (island && byIsland[island.id]) || 'nl';
  }

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function link(href, text, target) {
    var a = el('a', text);
    a.href = href;
    a.target = target;
    if (target === '_blank') a.rel = 'noreferrer noopener';
    return a;
  }

  /* The numbers, built with DOM calls only (no HTML from strings: Trusted Types hosts), in the
     widget's language, for its island (every island when none is chosen). */
  function fillFallback(box, host) {
    var exit = el('a', '', 'sg-fb-exit');
    exit.href = exitOf(host);
    exit.rel = 'nofollow noreferrer';
    exit.addEventListener('click', function (e) { e.preventDefault(); leave(exit.href); });
    var code = (host.getAttribute('data-island') || '').toLowerCase();
    var island = null;
    for (var i = 0; i < FALLBACK.islands.length; i++) {
      if (FALLBACK.islands[i].id === code) island = FALLBACK.islands[i];
    }
    var lang = localeOf(host, island);
    var t = FALLBACK.locales[lang];
    exit.textContent = t.exit;
    var section = el('div');
    section.lang = lang;
    section.append(el('h2', t.title), el('p', t.apology, 'sg-apology'), el('p', t.intro, 'sg-fb-intro'));
    var shown = island ? [island] : FALLBACK.islands;
    shown.forEach(function (isl) {
      section.append(el('h3', t.islands[isl.index]));
      var danger = el('p', '', 'sg-fb-danger');
      var parts = t.danger.split('{number}');
      danger.append(parts[0], link('tel:' + isl.emergency, isl.emergency, '_top'), parts.slice(1).join(isl.emergency));
      section.append(danger);
      var list = el('ul', '', 'sg-fb-points');
      isl.points.forEach(function (p) {
        var item = el('li');
        item.setAttribute('data-point', p.id);
        item.append(el('strong', t.kinds[p.kind]), ': ' + t.points[p.id]);
        p.phones.forEach(function (ph) { item.append(' ', link('tel:' + ph[0], ph[1], '_top')); });
        if (p.whatsapp) item.append(' ', link('https://wa.me/' + p.whatsapp.replace(/^\+/, ''), 'WhatsApp ' + p.whatsapp, '_blank'));
        if (p.website) item.append(' ', link(p.website, t.website, '_blank'));
        list.append(item);
      });
      section.append(list);
    });
    box.replaceChildren(exit, section);
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
    fillFallback(fallback, host);
    wrap.append(mount, fallback);
    shadow.replaceChildren(css, wrap);
    // rem in the tool's styles means the host's root font size; use the reader's own default
    // size instead (a host with html { font-size: 62.5% } must not shrink the tool).
    wrap.style.fontSize = 'medium';
    wrap.style.setProperty('--sg-rem', getComputedStyle(wrap).fontSize);
    loadModule().then(function (m) {
      // Its texts come from the tool's origin too (a rejection: no language could be loaded).
      return m.mount_inline(mount, host, base);
    }).catch(function (err) {
      console.error('Signaal could not start; showing the numbers instead.', err);
      fallback.hidden = false;
    });
  }

  function mountOne(host) {
    if (!exitUrl) exitUrl = exitOf(host);
    listenForShift();
    var mode = host.getAttribute('data-signaal');
    if (mode === 'inline') {
      try {
        return mountInline(host);
      } catch (err) {
        // e.g. an element that cannot hold a shadow root (<li>, <p>, …)
        console.warn('Signaal: cannot mount inline in <' + host.localName + '>; using an iframe', err);
      }
    } else if (mode !== 'iframe' && mode !== '') {
      console.warn('Signaal: data-signaal must be "iframe" or "inline", not "' + String(mode).slice(0, 40) + '"; using iframe');
    }
    mountFrame(host);
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-signaal]');
    for (var i = 0; i < hosts.length; i++) {
      if (!hosts[i].hasAttribute('data-signaal-mounted')) {
        hosts[i].setAttribute('data-signaal-mounted', '');
        try {
          mountOne(hosts[i]);
        } catch (err) {
          console.error('Signaal: could not mount', hosts[i], err);
        }
      }
    }
  }

  function start() {
    mountAll();
    // Widgets that the page adds later (single-page sites, CMS blocks) mount too.
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        if (records[i].addedNodes.length) return mountAll();
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  window.Signaal = { mountAll: mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
