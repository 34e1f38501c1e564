// The one-language files in @lit/localize's transform mode: every msg() replaced by its text at
// build time, so a file holds its own language only (no message ids, no lookup at run time, no
// English fallback). lit-localize.json stays in runtime mode for everything else (the tests, the
// all-language and bundler builds); this builds a transform-mode localizer from the same
// configuration, reading the translations scripts/i18n/build.mjs prepared (only usable targets,
// only languages that are ready: an unready language's file is built as English).
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { TransformLitLocalizer } from '@lit/localize-tools/lib/modes/transform.js';
import { CACHE } from './i18n/build.mjs';

const RUNTIME = fileURLToPath(new URL('../src/locale-runtime.ts', import.meta.url));
const TRANSFORM_RUNTIME = fileURLToPath(
  new URL('../src/locale-runtime.transform.ts', import.meta.url),
);

let factories;
/** lit-localize's transformer factory for each locale, read once per build. */
function transformerFactories() {
  if (factories) return factories;
  const config = readConfigFileAndWriteSchema(
    fileURLToPath(new URL('../lit-localize.json', import.meta.url)),
  );
  const localizer = new TransformLitLocalizer({
    ...config,
    output: { ...config.output, mode: 'transform' },
    interchange: { ...config.interchange, xliffDir: CACHE },
  });
  factories = localizer.transformers();
  return factories;
}

/**
 * A TypeScript transformer (for @rollup/plugin-typescript's `transformers.before`) that compiles
 * the sources in `locale`. It leaves out src/locale-runtime.ts, which configures the runtime mode
 * (lit-localize refuses that in transform mode) and which these builds do not bundle.
 */
export function localeTransformer(locale) {
  const factory = transformerFactories().get(locale);
  if (!factory) throw new Error(`${locale}: not a locale of lit-localize.json`);
  return {
    type: 'program',
    factory: (program) => {
      const transform = factory(program);
      return (context) => {
        const inLocale = transform(context);
        return (file) => (file.fileName === RUNTIME ? file : inLocale(file));
      };
    },
  };
}

/** A rollup plugin: src/locale-runtime.ts is replaced by its transform-mode twin. */
export function transformModeRuntime() {
  let swapped = false;
  return {
    name: 'transform-mode-runtime',
    buildStart() {
      swapped = false;
    },
    async resolveId(source, importer, options) {
      if (!importer || !/(^|\/)locale-runtime(\.js|\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id !== RUNTIME) return null;
      swapped = true;
      return TRANSFORM_RUNTIME;
    },
    buildEnd(error) {
      if (!error && !swapped) this.error(`transform-mode-runtime: nothing imported ${RUNTIME}`);
    },
  };
}
