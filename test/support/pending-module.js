// A module that never finishes loading: stands in (through an import map) for a part of the
// bundler entry that is still on its way, for as long as a test looks.
await new Promise(() => {});
