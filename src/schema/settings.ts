// Engine settings: thresholds, the partner set, the CRMA bloc and the scenario solver, checked once
// at the boundary with defaults filled in (sigma's resolveSettings pattern).
import { z } from "zod";

/** EU-27 members by ISO code; the EU bloc in the partner set expands to these. */
export const EU27 = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
] as const;

export const EngineSettings = z.strictObject({
  thresholds: z
    .strictObject({
      /** Top country share that flags a node: the EU CRM Act's single-third-country benchmark. */
      topShare: z.number().min(0).max(1).default(0.65),
      /** HHI (0..10,000) that flags a node: 2,500 in the classic US merger guidelines (1,800 in 2023's). */
      hhi: z.number().min(0).max(10_000).default(2500),
    })
    .prefault({}),
  /** Partner set: ISO codes and bloc names (a bloc name means every country that lists it). */
  partners: z.array(z.string()).default(["EU", "JP", "AU"]),
  /**
   * The named fallback WGI estimate (-2.5..2.5) for a supplier without a governance score: -1.0
   * (7.0 on the 0..10 scale, about Russia's 2022 mean of -1.03), so a missing score weighs like weak
   * governance and never like good; governance results list every supplier it was applied to.
   */
  defaultWgi: z.number().min(-2.5).max(2.5).default(-1),
  /** The bloc whose outsiders are "third countries" in the CRMA check. */
  crmaBloc: z.string().min(1).default("EU"),
  scenario: z
    .strictObject({
      /** The propagation stops when no availability changed by more than this in a sweep. */
      tolerance: z.number().positive().max(0.01).default(1e-9),
      /** Sweeps before the propagation gives up and reports `converged: false`. */
      maxIterations: z.number().int().min(1).default(1000),
    })
    .prefault({}),
});

export type EngineSettings = z.infer<typeof EngineSettings>;
export type EngineSettingsInput = z.input<typeof EngineSettings>;

// Settings this module produced: passing them again costs nothing, so engine functions can accept
// either form and loops over nodes do not re-parse.
const RESOLVED = new WeakSet<object>();

export function resolveSettings(input: EngineSettingsInput = {}): EngineSettings {
  if (RESOLVED.has(input)) return input as EngineSettings;
  const result = EngineSettings.safeParse(input);
  if (!result.success) {
    throw new Error(`chokepoint settings: ${z.prettifyError(result.error)}`);
  }
  RESOLVED.add(result.data);
  return result.data;
}
