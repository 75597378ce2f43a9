// Every command, in the order `chokepoint --help` lists them.
import type { Command } from "../command.ts";
import { addCommand } from "./add.ts";
import { backtestCommand } from "./backtest.ts";
import { centralityCommand } from "./centrality.ts";
import { concentrationCommand } from "./concentration.ts";
import { crmaCommand } from "./crma.ts";
import { dominatorsCommand } from "./dominators.ts";
import { explainCommand } from "./explain.ts";
import { exportCommand } from "./export.ts";
import { importCommand } from "./import.ts";
import { knockoutsCommand } from "./knockouts.ts";
import { n1Command } from "./n1.ts";
import { partnersCommand } from "./partners.ts";
import { riskCommand } from "./risk.ts";
import { scenarioCommand } from "./scenario.ts";
import { validateCommand } from "./validate.ts";

export const COMMANDS: Command[] = [
  validateCommand,
  riskCommand,
  concentrationCommand,
  centralityCommand,
  partnersCommand,
  scenarioCommand,
  knockoutsCommand,
  backtestCommand,
  dominatorsCommand,
  crmaCommand,
  n1Command,
  explainCommand,
  addCommand,
  importCommand,
  exportCommand,
];
