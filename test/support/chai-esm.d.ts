// chai as @open-wc/testing gives it, for the tests that run in Node (test/content/): the
// package's ES build has no types beside it, and its main entry is not in the package, so they
// import the ES build by its path.
declare module '@esm-bundle/chai/esm/chai.js' {
  export const expect: Chai.ExpectStatic;
}
