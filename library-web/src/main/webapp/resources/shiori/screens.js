// Small behaviours of the screens, written as data attributes so that no page needs an inline script or handler
// (the Content Security Policy allows only scripts from this site and those carrying the page's nonce).
//   data-focus="id"           focuses the element with that id once the page has loaded
//   data-print                a button that prints the page
//   data-confirm="question"   a button whose click goes on only when the patron confirms
//   data-click-on-change="id" a field whose change clicks the button with that id
//   data-hidden-with-script   an element shown only without scripts
//   data-reload-after="ms"    with data-reload-to="url": the page goes there after that many milliseconds
(function () {
  function ready() {
    document.querySelectorAll('[data-hidden-with-script]').forEach(function (element) {
      element.hidden = true;
    });
    var focus = document.querySelector('[data-focus]');
    if (focus) {
      var target = document.getElementById(focus.getAttribute('data-focus'));
      if (target) {
        target.focus();
      }
    }
    var reload = document.querySelector('[data-reload-after]');
    if (reload) {
      setTimeout(function () {
        location.replace(reload.getAttribute('data-reload-to'));
      }, parseInt(reload.getAttribute('data-reload-after'), 10));
    }
  }
  document.addEventListener('click', function (event) {
    var element = event.target.closest ? event.target.closest('[data-print],[data-confirm]') : null;
    if (!element) {
      return;
    }
    if (element.hasAttribute('data-print')) {
      window.print();
    } else if (!window.confirm(element.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener('change', function (event) {
    var id = event.target.getAttribute && event.target.getAttribute('data-click-on-change');
    var button = id ? document.getElementById(id) : null;
    if (button) {
      button.click();
    }
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
