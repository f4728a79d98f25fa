// Buttons marked data-print open the browser's print dialog (no inline script, so a strict CSP holds).
document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
});
