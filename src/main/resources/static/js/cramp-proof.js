// Print buttons: data-print="plan" prints the whole plan, data-print="card" only the
// race-day card (print.css hides the rest while <html> carries the print-card class).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (!button) {
    return;
  }
  var root = document.documentElement;
  root.classList.toggle('print-card', button.getAttribute('data-print') === 'card');
  window.print();
});
window.addEventListener('afterprint', function () {
  document.documentElement.classList.remove('print-card');
});
