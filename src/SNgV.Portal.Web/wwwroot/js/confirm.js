// A submit button marked data-confirm="…" asks before its form is sent; without script the form is sent as is,
// and the server keeps its own safeguard where a mis-click matters most (e.g. the merge's confirmation box).
document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = button && button.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});
