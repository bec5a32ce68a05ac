// The reviewer's pages, as progressive enhancement (everything works without it):
// the queue's bulk button is usable only with a selection; on a photo, the chosen reason shows what the candidate
// will read, and keys decide and move on: A approves, R goes to the reason, J/K the next/previous photo.
(function () {
  var bulk = document.getElementById('bulk-approve');
  if (bulk) {
    var boxes = document.querySelectorAll('#queue input[name=ids]');
    var update = function () {
      bulk.disabled = !Array.prototype.some.call(boxes, function (b) { return b.checked; });
    };
    boxes.forEach(function (b) { b.addEventListener('change', update); });
    update();
  }
  var reason = document.getElementById('reason');
  var todo = document.getElementById('reason-todo');
  if (reason && todo) {
    reason.addEventListener('change', function () {
      var o = reason.options[reason.selectedIndex];
      todo.textContent = o ? (o.getAttribute('data-todo') || '') : '';
    });
  }
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName))) {
      return;
    }
    var key = e.key.toLowerCase();
    var approve = document.getElementById('approve-form');
    if (key === 'a' && approve) {
      e.preventDefault();
      approve.submit();
    } else if (key === 'r' && reason) {
      e.preventDefault();
      reason.focus();
    } else if (key === 'j' || key === 'k') {
      var link = document.getElementById(key === 'j' ? 'next-photo' : 'previous-photo');
      if (link) {
        e.preventDefault();
        window.location.href = link.href;
      }
    }
  });
})();
