// The "Show uncertainty" switch and the Monte Carlo's progress (see bands.ts for the draw counts).
import type { Bands } from "../bands.ts";
import { el } from "../dom.ts";

export function mountBandsToggle(container: HTMLElement, bands: Bands): void {
  const button = el("button", {
    text: "Show uncertainty",
    attrs: { type: "button", id: "bands-toggle", "aria-pressed": "false", title: "p5–p95 ranges of shares, losses and ranks from the engine's seeded Monte Carlo" },
  });
  const progress = el("span", { className: "toolbar-label", attrs: { id: "bands-progress", role: "status", "aria-live": "polite" } });
  button.addEventListener("click", () => bands.toggle());
  container.replaceChildren(button, progress);
  bands.onProgress(() => {
    button.setAttribute("aria-pressed", String(bands.on));
    button.textContent = bands.on ? "Hide uncertainty" : "Show uncertainty";
    const p = bands.progress;
    progress.textContent = p ? `Drawing ${p.what}: ${p.done} of ${p.total}…` : bands.on ? "p5–p95 shown" : "";
    progress.dataset["busy"] = String(p !== undefined);
  });
}
