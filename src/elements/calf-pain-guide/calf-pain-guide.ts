/**
 * Defines `<calf-pain-guide>`, and the elements it draws (its `dependencies`:
 * `<calf-pain-checker>`, `<red-flag-banner>`): import this module to use the guide.
 */
import { defineElement } from '../../define.js';
import { CalfPainGuide } from './calf-pain-guide.component.js';

export * from './calf-pain-guide.component.js';

defineElement('calf-pain-guide', CalfPainGuide);
