// A form that acts on the ticked rows (data-needs-selection="<checkbox name>") can be sent only with one ticked;
// without JavaScript the server answers an empty selection with nothing printed.
document.querySelectorAll('form[data-needs-selection]').forEach(function (form) {
  var name = form.getAttribute('data-needs-selection');
  var boxes = document.querySelectorAll('input[type=checkbox][name="' + name + '"][form="' + form.id + '"], #' + form.id
      + ' input[type=checkbox][name="' + name + '"]');
  var buttons = form.querySelectorAll('button[type=submit]');
  function update() {
    var any = Array.prototype.some.call(boxes, function (b) { return b.checked; });
    buttons.forEach(function (b) { b.disabled = !any; });
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  update();
});
