// Every command, in the order `chokepoint --help` lists them.
import type { Command } from "../command.ts";
import { riskCommand } from "./risk.ts";
import { validateCommand } from "./validate.ts";

export const COMMANDS: Command[] = [validateCommand, riskCommand];
