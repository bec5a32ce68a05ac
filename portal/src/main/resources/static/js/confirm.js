// Destructive actions ask once: a form with data-confirm submits only when the person agrees.
// Without JavaScript the form submits as it is.
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
  form.addEventListener('submit', function (e) {
    if (!window.confirm(form.getAttribute('data-confirm'))) {
      e.preventDefault();
    }
  });
});
