// A bar chart (Chart.js) for each survey question on the results page. The numbers come from data-* attributes of
// the canvas and are the same as in the table below it, so the chart is hidden from screen readers (aria-hidden).
(function () {
  function draw() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.survey-chart').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = 'true';
      var labels = (canvas.dataset.labels || '').split('|');
      var counts = (canvas.dataset.counts || '').split(',').map(Number);
      new Chart(canvas, {
        type: 'bar',
        data: {labels: labels, datasets: [{label: canvas.dataset.label || '', data: counts, backgroundColor: '#1f5f8b'}]},
        options: {indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
          plugins: {legend: {display: false}}, scales: {x: {beginAtZero: true}}}
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
