// `npm run bench:collab [-- --quick]`: Quorum's collaboration server against Hocuspocus on
// the same seeded workload. Not part of `npm test`. See docs/performance.md.
// The domain modules it reuses (collab tokens) start with `import "server-only"`, which
// throws under plain Node: install the same resolve hook as the server before loading them.
import { register } from "node:module";

register("../../server/hooks/server-only-loader.mjs", import.meta.url);
await import("./run");
