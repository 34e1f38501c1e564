// Stands in (through an import map) for a chunk of the bundler entry while it is on its way: it
// arrives when the test calls `window.__releaseHeld()` in the page. The map sends the address
// below (a file that does not exist) to the chunk itself, under an address of its own (a query)
// that the map leaves alone.
await new Promise((resolve) => {
  window.__releaseHeld = resolve;
});
export * from '/test/support/held-target.js';
