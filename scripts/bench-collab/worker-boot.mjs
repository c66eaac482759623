// Worker threads do not inherit tsx's loader on Node 20, so each one registers it and
// then imports the TypeScript entry named in workerData.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.entry, import.meta.url);
