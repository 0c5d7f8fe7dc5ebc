// @custom-elements-manifest/analyzer: `cem analyze --config custom-elements-manifest.config.mjs`
// writes custom-elements.json at the top level (DESIGN.md §2, package.json "customElements").

/**
 * The analyzer reads `static properties = {x: {state: true}}` as a public
 * attribute `x`. Internal reactive state is not public surface: drop it.
 */
function internalStatePlugin() {
  const internal = new Set();
  return {
    name: 'internal-state',
    analyzePhase({ts, node}) {
      if (!ts.isPropertyDeclaration(node) || node.name.getText() !== 'properties') return;
      const init = node.initializer;
      if (!init || !ts.isObjectLiteralExpression(init)) return;
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
        const isState = prop.initializer.properties.some(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) internal.add(prop.name.getText());
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          decl.attributes = decl.attributes?.filter((a) => !internal.has(a.fieldName ?? a.name));
          decl.members = decl.members?.filter((m) => !internal.has(m.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.d.ts'],
  outdir: '.',
  // Lit's static properties, styles, etc.
  litelement: true,
  // package.json already has "customElements": "custom-elements.json";
  // don't let the analyzer rewrite package.json during the build.
  packagejson: false,
  dependencies: false,
  plugins: [internalStatePlugin()],
};
