// One indicator's values by year as a line chart (uPlot: small, canvas, no dependencies).
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

let current: uPlot | undefined;

export function drawSeries(target: HTMLElement, points: { year: number; value: number }[], label: string, description: string): void {
  current?.destroy();
  target.replaceChildren();
  target.setAttribute("role", "img");
  target.setAttribute("aria-label", description);
  const width = Math.max(260, Math.min(target.clientWidth || 600, 720));
  current = new uPlot({
    width,
    height: 220,
    scales: { x: { time: false } },
    axes: [{ values: (_, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : "")) }, {}],
    series: [{ label: "" }, { label, stroke: "#0b6e2f", width: 2, points: { size: 8, fill: "#0b6e2f" } }],
    legend: { show: false },
    cursor: { show: false },
  }, [points.map((p) => p.year), points.map((p) => p.value)], target);
}
