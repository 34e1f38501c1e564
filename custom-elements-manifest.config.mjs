// custom-elements-manifest analyzer: `cem analyze --config custom-elements-manifest.config.mjs`
// writes dist/custom-elements.json from the elements' JSDoc (@tag, @fires, @csspart, @cssprop,
// @slot, @summary) and their Lit @property declarations; attributes declared in the shared base
// class (shared/widget-element.ts) are listed on each element with `inheritedFrom`.

/**
 * The analyzer takes each element's tag name from the `@tag` of its class's JSDoc, but writes the
 * `custom-element-definition` export (what tools use to find where a tag is defined) only for a
 * literal customElements.define() call or an @customElement decorator. Ours are defined through
 * defineElement() (src/define.ts, which never throws into the host page), in the element's
 * defining module: this adds that export for each class with a `@tag`.
 */
function definitionExports() {
  return {
    name: 'calf-pain-guide:definition-exports',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.tagName) continue;
          mod.exports = [
            ...(mod.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: mod.path },
            },
          ];
        }
      }
    },
  };
}

export default {
  // Each element's class (<name>/<name>.component.ts) and the base class they share.
  globs: ['src/elements/*/*.component.ts', 'src/elements/shared/widget-element.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  // package.json's `customElements` field is written by hand; don't let the analyzer edit it.
  packagejson: false,
  plugins: [definitionExports()],
};
