// Node resolve hook for the custom server process. Domain modules start with
// `import "server-only"`, which Next resolves (react-server condition) to an empty module
// but which throws under plain Node. Jobs run those modules outside Next, in this process,
// so here it resolves to an empty module too. Next's own bundles are unaffected: they are
// resolved by Next's bundler, not by Node.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return nextResolve(specifier, context);
}
