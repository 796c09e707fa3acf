// Usage of the service catalogue per municipality as a grouped bar chart (Chart.js). The numbers come from data-*
// attributes of the canvas and are also in the table below it, so the chart is hidden from screen readers.
(function () {
  function numbers(value) {
    return (value || '').split(',').filter(function (v) { return v !== ''; }).map(Number);
  }
  function draw() {
    var canvas = document.getElementById('usage-chart');
    if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    var d = canvas.dataset;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: (d.labels || '').split('|'),
        datasets: [
          {label: d.labelReferrals || '', data: numbers(d.referrals), backgroundColor: '#1f5f8b'},
          {label: d.labelDelivered || '', data: numbers(d.delivered), backgroundColor: '#2e7d32'},
          {label: d.labelActivities || '', data: numbers(d.activities), backgroundColor: '#8a5a00'}
        ]
      },
      options: {responsive: true, maintainAspectRatio: false, animation: false,
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
