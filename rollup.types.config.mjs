// The package's types, each entry ONE self-contained declaration file: Lit's and
// @lit/localize's types are bundled in, so an app needs neither `lit` installed nor
// `skipLibCheck` (tsc writes the per-file declarations to build/types/ first):
//   dist/types/index.d.ts            the elements (`calf-pain-guide`)
//   dist/types/checker/index.d.ts    the triage engine (`calf-pain-guide/checker`, import)
//   dist/types/checker/index.d.cts   the same for require()
//   dist/types/ssr/index.d.ts        the server-side render (`calf-pain-guide/ssr`)
import { dts } from 'rollup-plugin-dts';

const plugins = () => [
  dts({
    // Lit's packages and the DOM types they use (lit-html's @types/trusted-types).
    includeExternal: [
      'lit',
      'lit-element',
      'lit-html',
      '@lit/reactive-element',
      '@lit/localize',
      '@types/trusted-types',
    ],
    compilerOptions: { types: [] },
  }),
];

export default [
  {
    input: 'build/types/index.d.ts',
    output: { file: 'dist/types/index.d.ts', format: 'es' },
    plugins: plugins(),
  },
  {
    input: 'build/types/ssr/index.d.ts',
    output: { file: 'dist/types/ssr/index.d.ts', format: 'es' },
    plugins: plugins(),
  },
  {
    input: 'build/types/checker/index.d.ts',
    output: [
      { file: 'dist/types/checker/index.d.ts', format: 'es' },
      { file: 'dist/types/checker/index.d.cts', format: 'es' },
    ],
    plugins: plugins(),
  },
];
