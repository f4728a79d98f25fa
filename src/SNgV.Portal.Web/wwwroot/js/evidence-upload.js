// The evidence field of the progress form (input[data-evidence]): checks each chosen file's size and type against
// the server's limits (rendered into data- attributes) before anything is sent, and sends a form carrying files
// with a progress bar. Without script the form posts as it is and the server checks the same limits.
(function () {
    'use strict';

    function format(template, name) {
        return template.replace('{0}', name);
    }

    function problems(input) {
        var maxBytes = Number(input.getAttribute('data-max-bytes'));
        var maxFiles = Number(input.getAttribute('data-max-files'));
        var attached = Number(input.getAttribute('data-attached') || '0');
        var extensions = (input.getAttribute('accept') || '').split(',');
        var found = [];
        if (input.files.length + attached > maxFiles) {
            found.push(input.getAttribute('data-too-many'));
        }

        Array.prototype.forEach.call(input.files, function (file) {
            var dot = file.name.lastIndexOf('.');
            var extension = dot < 0 ? '' : file.name.substring(dot).toLowerCase();
            if (extensions.indexOf(extension) < 0) {
                found.push(format(input.getAttribute('data-wrong-type'), file.name));
            } else if (file.size > maxBytes) {
                found.push(format(input.getAttribute('data-too-large'), file.name));
            }
        });
        return found;
    }

    // Shows the messages where the server puts its own: the field's message element, named by aria-describedby.
    function show(input, messages) {
        var error = document.getElementById(input.id + '-error');
        if (error) {
            error.textContent = messages.join(' ');
        }

        if (messages.length > 0) {
            input.setAttribute('aria-invalid', 'true');
        } else {
            input.removeAttribute('aria-invalid');
        }

        return messages.length === 0;
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input.matches && input.matches('input[data-evidence]')) {
            show(input, problems(input));
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var input = form.querySelector('input[data-evidence]');
        if (!input || event.defaultPrevented) {
            return;
        }

        if (!show(input, problems(input))) {
            event.preventDefault();
            input.focus();
            return;
        }

        if (input.files.length === 0 || !window.FormData || !window.XMLHttpRequest) {
            return;
        }

        // Sent by script, to show how much of the upload has gone; the answer (the next page, or the form with the
        // server's messages) replaces this page as a normal submission would.
        event.preventDefault();
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) {
            data.append(event.submitter.name, event.submitter.value);
        }

        var progress = document.getElementById('evidence-progress');
        var bar = progress.querySelector('progress');
        bar.max = Array.prototype.reduce.call(input.files, function (sum, file) { return sum + file.size; }, 0) || 1;
        bar.value = 0;
        progress.hidden = false;
        Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (button) { button.disabled = true; });

        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                bar.max = e.total;
                bar.value = e.loaded;
                bar.textContent = Math.round(100 * e.loaded / e.total) + '%';
            }
        });
        request.upload.addEventListener('load', function () {
            // Everything is sent; the server now checks and stores the files.
            bar.value = bar.max;
            bar.textContent = '100%';
        });
        request.addEventListener('load', function () {
            bar.value = bar.max;
            var address = request.responseURL || form.action;
            document.open();
            document.write(request.responseText);
            document.close();
            window.history.replaceState(null, '', address);
        });
        request.addEventListener('error', function () {
            // The connection failed: fall back to the browser's own submission.
            progress.hidden = true;
            form.submit();
        });
        request.send(data);
    });
})();
