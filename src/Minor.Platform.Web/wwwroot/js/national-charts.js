// Draws the national dashboard's charts from the data-chart attribute of each canvas. The tables beside the charts
// hold the same numbers for screen readers and keyboard users; a suppressed count is a gap in the chart.
(function () {
  "use strict";
  var colours = ["#1d4e89", "#2a9d8f", "#e9a23b", "#7b2d8b", "#c8553d"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    data.datasets.forEach(function (dataset, i) {
      dataset.backgroundColor = colours[i % colours.length];
      dataset.borderColor = colours[i % colours.length];
      dataset.spanGaps = false;
    });
    new window.Chart(canvas, {
      type: canvas.getAttribute("data-chart-kind"),
      data: data,
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } },
      },
    });
  });
})();
