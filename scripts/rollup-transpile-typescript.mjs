// A rollup plugin that turns TypeScript into JavaScript file by file (ts.transpileModule), with
// the compiler options of tsconfig.json and no type-check. The one-language builds use it: the
// all-language build has already type-checked the same sources with @rollup/plugin-typescript,
// and doing that again for every language would more than double the build time. Every file is
// transpiled on its own anyway (tsconfig has isolatedModules), so the JavaScript is the same.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

// The helpers (__decorate) come from tslib's ES build, once per bundle, as with
// @rollup/plugin-typescript (which forces importHelpers and noEmitHelpers).
const TSLIB = join(dirname(createRequire(import.meta.url).resolve('tslib')), 'tslib.es6.js');

/**
 * @param {{ tsconfig: string, sourceDir: string }} options  sourceDir: absolute path of the
 *   folder whose .ts files are ours to transpile
 */
export function transpileTypeScript({ tsconfig, sourceDir }) {
  const root = sourceDir.endsWith('/') ? sourceDir : `${sourceDir}/`;
  const isOurs = (id) => id.startsWith(root) && id.endsWith('.ts');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const compilerOptions = {
    ...parsed.options,
    sourceMap: true,
    inlineSourceMap: false,
    inlineSources: true,
    importHelpers: true,
    noEmitHelpers: true,
    module: ts.ModuleKind.ESNext,
    declaration: false,
    noEmit: false,
    outDir: undefined,
  };
  return {
    name: 'transpile-typescript',
    resolveId(source, importer) {
      if (source === 'tslib') return TSLIB;
      // Sources import each other as './x.js' (the emitted name): find './x.ts'.
      if (!importer || !isOurs(importer) || !/^\.\.?\/.*\.js$/.test(source)) return null;
      const candidate = fileURLToPath(
        new URL(source.replace(/\.js$/, '.ts'), pathToFileURL(importer)),
      );
      return existsSync(candidate) ? candidate : null;
    },
    transform(code, id) {
      if (!isOurs(id)) return null;
      const { outputText, sourceMapText } = ts.transpileModule(code, {
        compilerOptions,
        fileName: id,
        reportDiagnostics: false,
      });
      const map = JSON.parse(sourceMapText);
      map.sources = [id];
      return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), map };
    },
  };
}
