// The password login: posts the form as JSON (the server accepts no other body), then follows the answer.
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  if (!form) return;
  var status = document.getElementById('login-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    status.textContent = form.getAttribute('data-working');
    status.className = 'status';
    var body = { username: form.elements.username.value, password: form.elements.password.value, next: form.getAttribute('data-next') };
    fetch(form.action, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (answer) {
          if (response.ok) return window.location.assign(answer.redirect);
          status.textContent = (answer.error && answer.error.message) || form.getAttribute('data-failed');
          status.className = 'status status--error';
        });
      })
      .catch(function () {
        status.textContent = form.getAttribute('data-failed');
        status.className = 'status status--error';
      });
  });
})();
