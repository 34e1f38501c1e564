// custom-elements-manifest analyzer: `cem analyze --config custom-elements-manifest.config.mjs`
// writes dist/custom-elements.json from the elements' JSDoc (@fires, @csspart, @cssprop, @slot,
// @summary) and their Lit @property declarations; attributes declared in the shared base class
// (widget-element.ts) are listed on each element with `inheritedFrom`.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Class name → tag name, from the `defineElement('tag', Class)` calls in src/index.ts. */
function definedTags(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const tags = new Map();
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineElement'
    ) {
      const [tag, element] = node.arguments;
      if (tag && ts.isStringLiteral(tag) && element && ts.isIdentifier(element)) {
        tags.set(element.text, tag.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return tags;
}

/**
 * Our elements are registered by src/index.ts through defineElement() (which never throws into
 * the host page), not by @customElement or customElements.define in their own modules, so the
 * analyzer cannot see their tag names: this plugin adds them, and fails if one goes missing.
 */
function tagNamesFromIndex(indexFile) {
  return {
    name: 'calf-pain-guide:tag-names',
    packageLinkPhase({ customElementsManifest }) {
      const tags = definedTags(indexFile);
      const found = new Set();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = declaration.kind === 'class' && tags.get(declaration.name);
          if (!tag) continue;
          found.add(declaration.name);
          declaration.tagName = tag;
          declaration.customElement = true;
          mod.exports = [
            ...(mod.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: mod.path },
            },
          ];
        }
      }
      const missing = [...tags.keys()].filter((name) => !found.has(name));
      if (missing.length) {
        throw new Error(`${indexFile} defines classes the manifest lacks: ${missing.join(', ')}`);
      }
    },
  };
}

export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/elements/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  // package.json's `customElements` field is written by hand; don't let the analyzer edit it.
  packagejson: false,
  plugins: [tagNamesFromIndex('src/index.ts')],
};
