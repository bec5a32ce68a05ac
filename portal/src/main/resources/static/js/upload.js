// Photo uploads, as progressive enhancement (without JavaScript the form posts as before and the server refuses a
// file over the limit): a file over the limit is refused before it travels, and the upload shows its progress.
(function () {
  'use strict';
  // the server's limit as Spring writes it: 10MB, 512KB or a number of bytes
  function bytes(limit) {
    var m = /^\s*(\d+)\s*(KB|MB|GB)?\s*$/i.exec(limit || '');
    if (!m) {
      return 0;
    }
    var unit = {KB: 1024, MB: 1024 * 1024, GB: 1024 * 1024 * 1024}[(m[2] || '').toUpperCase()] || 1;
    return parseInt(m[1], 10) * unit;
  }

  var forms = document.querySelectorAll('form[data-max-bytes]');
  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector('input[type=file]');
    var max = bytes(form.getAttribute('data-max-bytes'));
    if (!input || !max) {
      return;
    }
    var message = document.createElement('p');
    message.className = 'flash error';
    message.id = 'upload-too-big';
    message.hidden = true;
    var progress = document.createElement('progress');
    progress.id = 'upload-progress';
    progress.max = 100;
    progress.value = 0;
    progress.hidden = true;
    form.appendChild(message);
    form.appendChild(progress);

    function fits() {
      var file = input.files && input.files[0];
      var tooBig = !!file && file.size > max;
      message.textContent = tooBig ? form.getAttribute('data-too-big') : '';
      message.hidden = !tooBig;
      return !tooBig;
    }

    input.addEventListener('change', fits);
    form.addEventListener('submit', function (event) {
      if (!fits()) {
        event.preventDefault();
        return;
      }
      if (!window.FormData || !window.XMLHttpRequest) {
        return;
      }
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          progress.value = Math.round(e.loaded * 100 / e.total);
        }
      };
      request.onload = function () {
        // the answer is the page the plain post would have shown (with its messages): show it in place
        document.open();
        document.write(request.responseText);
        document.close();
        if (request.responseURL) {
          window.history.replaceState(null, '', request.responseURL);
        }
      };
      request.onerror = function () {
        form.submit();
      };
      progress.hidden = false;
      Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) {
        b.disabled = true;
      });
      request.send(new FormData(form));
    });
  });
})();
