// 〔読了〕〔読みたい本〕〔ブックリストに登録〕 by fetch: the same post as the plain form, answered as JSON, so the page
// stays where it is. Without this script (or when fetch fails) the form posts as usual and the page comes back.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.classList || !form.classList.contains('booklist-mark') || !window.fetch || !window.FormData) {
    return;
  }
  var button = event.submitter;
  if (!button) {
    return;
  }
  event.preventDefault();
  var body = new URLSearchParams(new FormData(form));
  body.set('status', button.value);
  fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin',
      headers: {'Accept': 'application/json'}})
    .then(function (response) { return response.json(); })
    .then(function (answer) {
      var state = form.querySelector('.booklist-state');
      if (state) {
        state.textContent = answer.state || answer.text;
      }
      var add = form.querySelector('.booklist-add');
      if (add && answer.status) {
        add.remove();
      }
    })
    .catch(function () {
      var status = document.createElement('input');
      status.type = 'hidden';
      status.name = 'status';
      status.value = button.value;
      form.appendChild(status);
      form.submit();
    });
});
