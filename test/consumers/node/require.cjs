// Node, CommonJS: require() of the engine.
const { triage, ALL_FINDINGS } = require('calf-pain-guide/checker');

console.log(
  JSON.stringify({ level: triage(['breathless']).level, listsIds: ALL_FINDINGS.includes('pop') }),
);
