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
  // Confirm before destructive actions.
  document.addEventListener('submit', function (evt) {
    var msg = evt.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { evt.preventDefault(); }
  });
})();
