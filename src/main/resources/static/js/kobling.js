// Kobling: small progressive enhancements. Pages work without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (evt) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      evt.detail.headers[header.content] = token.content;
    }
  });
  // Navigation toggle on small screens.
  document.addEventListener('click', function (evt) {
    var button = evt.target.closest('[data-nav-toggle]');
    if (!button) { return; }
    var nav = document.getElementById(button.getAttribute('aria-controls'));
    var open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    nav.classList.toggle('open', !open);
  });
  // Wide tables scroll inside their own box on narrow screens, never the page: each table gets a wrapper
  // (.table-wrap) that is focusable and named by the table's caption or the heading before it, so keyboard and
  // screen-reader users can reach and scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
  var tableNo = 0;
  function labelFor(table) {
    var caption = table.querySelector('caption');
    if (caption && caption.textContent.trim()) { return caption; }
    var el = table.parentElement && table.parentElement.classList.contains('table-wrap') ? table.parentElement : table;
    while (el && el !== document.body) {
      var prev = el.previousElementSibling;
      while (prev) {
        if (/^H[1-6]$/.test(prev.tagName)) { return prev; }
        var inner = prev.querySelectorAll ? prev.querySelectorAll('h1,h2,h3,h4,h5,h6') : [];
        if (inner.length) { return inner[inner.length - 1]; }
        prev = prev.previousElementSibling;
      }
      el = el.parentElement;
    }
    return document.querySelector('h1');
  }
  function wrapTables(root) {
    (root || document).querySelectorAll('main table').forEach(function (table) {
      var wrap = table.parentElement;
      if (!wrap.classList.contains('table-wrap')) {
        wrap = document.createElement('div');
        wrap.className = 'table-wrap';
        table.parentNode.insertBefore(wrap, table);
        wrap.appendChild(table);
      }
      if (wrap.hasAttribute('tabindex')) { return; }
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'region');
      var label = labelFor(table);
      if (label) {
        if (!label.id) { label.id = 'table-label-' + (++tableNo); }
        wrap.setAttribute('aria-labelledby', label.id);
      } else {
        wrap.setAttribute('aria-label', document.title);
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { wrapTables(document); });
  } else {
    wrapTables(document);
  }
  document.addEventListener('htmx:afterSettle', function (evt) { wrapTables(evt.target); });
  // Confirm before destructive actions.
  document.addEventListener('submit', function (evt) {
    var msg = evt.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { evt.preventDefault(); }
  });
  // A readonly link field selects itself on focus; a copy button (hidden without this file) copies it.
  document.addEventListener('focusin', function (evt) {
    if (evt.target.classList && evt.target.classList.contains('copy-source')) { evt.target.select(); }
  });
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.querySelector(button.getAttribute('data-copy'));
      navigator.clipboard.writeText(source.value).then(function () {
        var done = button.parentElement.querySelector('[data-copy-done]');
        if (done) { done.hidden = false; }
      });
    });
  });
})();
