// A p5-p95 whisker over an HTML bar: left edge and width in percent of the bar's track, clamped.
const clamp = (x: number) => Math.min(1, Math.max(0, x));

export function bandStyle(low: number, high: number): string {
  const [a, b] = [clamp(Math.min(low, high)), clamp(Math.max(low, high))];
  return `left:${(100 * a).toFixed(2)}%;width:${Math.max(0.5, 100 * (b - a)).toFixed(2)}%`;
}

/** "62.2–72.0%": a share band as text. */
export const bandText = (low: number, high: number) => `${(100 * low).toFixed(1)}–${(100 * high).toFixed(1)}%`;
