// The admin pages' changes: each form marked data-api is posted as JSON with the session's CSRF token.
(function () {
  'use strict';
  var main = document.getElementById('content');
  var csrf = main ? main.getAttribute('data-csrf') : '';
  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
    });
  }
  var logout = document.getElementById('logout');
  if (logout) logout.addEventListener('click', function () {
    post('/admin/logout', {}).then(function (result) { window.location.assign(result.answer.redirect || '/admin/login'); });
  });
  document.querySelectorAll('form[data-api]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var status = form.querySelector('.status');
      var body = {};
      new FormData(form).forEach(function (value, key) { body[key] = value; });
      post(form.getAttribute('data-api'), body).then(function (result) {
        status.textContent = result.ok ? form.getAttribute('data-done') : (result.answer.error && result.answer.error.message) || '';
        status.className = result.ok ? 'status' : 'status status--error';
      });
    });
  });
})();
