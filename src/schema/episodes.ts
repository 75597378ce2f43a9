// Historical disruption episodes for the backtest (issue 13): what was cut, for how long, and what
// the record says happened, as a band with its source and grade. One episode per file under
// data/episodes/, named <id>.episode.json (the data loader skips them).
import { z } from "zod";
import { Grade, KebabId, NodeId, Source, Year } from "./common.ts";

const Months = z.number().int().min(0);

export const EpisodeCut = z
  .strictObject({
    node: NodeId.optional(),
    edge: z.strictObject({ from: NodeId, to: NodeId }).optional(),
    severity: z.number().min(0).max(1),
    start: Months.optional(),
    duration: Months.optional(),
    recoveryMonths: Months.optional(),
    note: z.string().optional(),
  })
  .refine((c) => (c.node === undefined) !== (c.edge === undefined), { message: "a cut names either node or edge, not both" });

export const EpisodeOutcome = z.strictObject({
  node: NodeId.describe("The node (usually a sector or a product) whose outcome the record gives"),
  measure: z.enum(["worst-loss", "mean-loss"]).describe("worst monthly loss, or the mean loss over the episode's months"),
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
  description: z.string().min(1).describe("What the record measured, in words"),
  year: Year,
  source: Source,
  grade: Grade,
  note: z.string().optional(),
});

export const Episode = z
  .strictObject({
    $schema: z.string().optional(),
    id: KebabId,
    label: z.string().min(1),
    period: z.string().min(1).describe("When it happened, e.g. 2019-07..2019-12"),
    months: z.number().int().min(1).max(120),
    cuts: z.array(EpisodeCut).min(1),
    outcome: EpisodeOutcome,
    status: z.enum(["passing", "failing"]).describe("Whether the model's result falls within the band (the backtest test holds it to this)"),
    lacks: z.string().optional().describe("For a failing episode: what the model lacks to reproduce it"),
    note: z.string().optional(),
  })
  .refine((e) => e.outcome.low <= e.outcome.high, { message: "outcome.low must not exceed outcome.high", path: ["outcome", "low"] })
  .refine((e) => e.status === "passing" || (e.lacks ?? "").length > 0, { message: "a failing episode says what the model lacks", path: ["lacks"] });

export type Episode = z.infer<typeof Episode>;
export type EpisodeCut = z.infer<typeof EpisodeCut>;
