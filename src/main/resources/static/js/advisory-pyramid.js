// The pyramid as a horizontal bar chart (Chart.js). The numbers come from data-* attributes of the canvas and are
// the same as in the table next to it, so the chart is hidden from screen readers (aria-hidden).
(function () {
  function draw() {
    var canvas = document.getElementById('pyramid-chart');
    if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    var labels = (canvas.dataset.labels || '').split('|');
    var counts = (canvas.dataset.counts || '').split(',').map(Number);
    new Chart(canvas, {
      type: 'bar',
      data: {labels: labels, datasets: [{label: canvas.dataset.label || '', data: counts, backgroundColor: '#1f5f8b'}]},
      options: {indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {legend: {display: false}}, scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
