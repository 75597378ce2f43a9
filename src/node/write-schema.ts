// `npm run schema`: regenerates data/chokepoint.schema.json from the zod schemas.
import { join } from "node:path";
import { JSON_SCHEMA_FILE, jsonSchemaText } from "../schema/json-schema.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";
import { writeFileAtomic } from "./write-atomic.ts";

const target = join(BUNDLED_DATA_DIR, JSON_SCHEMA_FILE);
await writeFileAtomic(target, jsonSchemaText());
process.stderr.write(`wrote ${target}\n`);
