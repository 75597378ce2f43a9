// Where the bundled files live, wherever the tool is run from.
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BUNDLED_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));
