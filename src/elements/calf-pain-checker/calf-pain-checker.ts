/**
 * Defines `<calf-pain-checker>`, and `<red-flag-banner>`, which its result draws (its
 * `dependencies`): import this module to use the checker on its own.
 */
import { defineElement } from '../../define.js';
import { CalfPainChecker } from './calf-pain-checker.component.js';

export * from './calf-pain-checker.component.js';

defineElement('calf-pain-checker', CalfPainChecker);
