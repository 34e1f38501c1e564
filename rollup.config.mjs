// Two outputs, each ONE self-contained ES module with no imports:
//   dist/calf-pain-guide.js  every element, every language
//   dist/checker.js          the triage engine alone (runs in Node and browsers)
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { stripTranslatorNotes } from './scripts/strip-translator-notes.mjs';

const plugins = () => [
  stripTranslatorNotes(),
  // 'production' picks Lit's production build: no dev-mode warnings on clinic pages.
  resolve({ browser: true, exportConditions: ['production'] }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    sourceMap: true,
    outDir: undefined,
    declaration: false,
    noEmitOnError: true,
  }),
  terser({ ecma: 2022, format: { comments: false }, compress: { passes: 2 } }),
];

const output = (file) => ({ file, format: 'es', sourcemap: true, inlineDynamicImports: true });

export default [
  { input: 'src/index.ts', output: output('dist/calf-pain-guide.js'), plugins: plugins() },
  { input: 'src/checker/index.ts', output: output('dist/checker.js'), plugins: plugins() },
];
