export * from './ids.js';
export { triage } from './triage.js';
