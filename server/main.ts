// Entry point of the custom server: installs the Node resolve hook first (see
// server/hooks/server-only-loader.mjs), then loads the server.
import { register } from "node:module";

register("./hooks/server-only-loader.mjs", import.meta.url);
await import("./index");
