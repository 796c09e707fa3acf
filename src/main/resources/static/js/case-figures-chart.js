// Outcomes by kind as a bar chart (Chart.js). The numbers are also in the table below, so the chart is decoration
// for screen readers (aria-hidden).
(function () {
  function draw() {
    var canvas = document.getElementById('case-outcomes-chart');
    if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    var labels = (canvas.dataset.labels || '').split('|');
    var counts = (canvas.dataset.counts || '').split(',').map(Number);
    new Chart(canvas, {
      type: 'bar',
      data: {labels: labels, datasets: [{label: canvas.dataset.label || '', data: counts, backgroundColor: '#1f5f8b'}]},
      options: {responsive: true, maintainAspectRatio: false, animation: false, plugins: {legend: {display: false}},
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
