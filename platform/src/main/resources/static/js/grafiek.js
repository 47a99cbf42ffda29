// Tekent elke <canvas data-grafiek="…"> met Chart.js. De gegevens staan ook altijd in de tabel eronder;
// een onderdrukte waarde (< 10) is null en wordt dus niet getekend.
(function () {
  var kleuren = ["#154273", "#e17000", "#1e6b2e", "#8a2b6e", "#4a4a4a"];
  function teken() {
    if (typeof Chart === "undefined") return;
    document.querySelectorAll("canvas[data-grafiek]").forEach(function (canvas) {
      var g = JSON.parse(canvas.getAttribute("data-grafiek"));
      new Chart(canvas, {
        type: g.soort,
        data: {
          labels: g.labels,
          datasets: g.reeksen.map(function (r, i) {
            return {
              label: r.label,
              data: r.waarden,
              backgroundColor: kleuren[i % kleuren.length],
              borderColor: kleuren[i % kleuren.length],
              spanGaps: false,
              tension: 0.2
            };
          })
        },
        options: {
          indexAxis: g.liggend ? "y" : "x",
          responsive: true,
          maintainAspectRatio: false,
          animation: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? false : undefined,
          plugins: { legend: { display: g.reeksen.length > 1 } },
          scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
        }
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", teken); else teken();
})();
