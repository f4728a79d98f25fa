// Lists of checkboxes: a box marked data-check-all="name" ticks or clears every visible box of that name, and buttons
// marked data-check="all|none" data-check-target="name" do the same; the box follows when the boxes are ticked one
// by one (checked, clear or mixed). No inline script, so the strict CSP holds; without script each box is ticked by hand.
(function () {
    function boxes(name) {
        return Array.prototype.filter.call(document.querySelectorAll('input[type=checkbox][name="' + name + '"]'), function (b) { return !b.disabled; });
    }
    function sync(name) {
        var all = boxes(name), checked = all.filter(function (b) { return b.checked; }).length;
        document.querySelectorAll('[data-check-all="' + name + '"]').forEach(function (box) {
            box.checked = all.length > 0 && checked === all.length;
            box.indeterminate = checked > 0 && checked < all.length;
        });
    }
    document.querySelectorAll('[data-check-all]').forEach(function (box) {
        var name = box.getAttribute('data-check-all');
        box.hidden = false;
        box.addEventListener('change', function () {
            boxes(name).forEach(function (b) { b.checked = box.checked; });
            sync(name);
        });
        sync(name);
    });
    document.querySelectorAll('[data-check][data-check-target]').forEach(function (button) {
        var name = button.getAttribute('data-check-target');
        button.hidden = false;
        button.addEventListener('click', function () {
            var value = button.getAttribute('data-check') === 'all';
            boxes(name).forEach(function (b) { b.checked = value; });
            sync(name);
        });
    });
    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target && target.type === 'checkbox' && target.name && !target.hasAttribute('data-check-all')) {
            sync(target.name);
        }
    });
})();
