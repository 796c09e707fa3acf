// Yearly figures of a company as a small bar chart (Chart.js). The data comes from data-* attributes of the canvas;
// the same numbers are in the table next to it, so the chart is decoration for screen readers (aria-hidden).
(function () {
  function draw() {
    var canvas = document.getElementById('figures-chart');
    if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    var years = (canvas.dataset.years || '').split(',').filter(Boolean);
    var revenue = (canvas.dataset.revenue || '').split(',').map(Number);
    new Chart(canvas, {
      type: 'bar',
      data: {labels: years, datasets: [{label: canvas.dataset.label || '', data: revenue, backgroundColor: '#1f5f8b'}]},
      options: {responsive: true, maintainAspectRatio: false, animation: false, plugins: {legend: {display: false}}}
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
