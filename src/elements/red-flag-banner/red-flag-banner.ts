/** Defines `<red-flag-banner>`: import this module to use the card on its own. */
import { defineElement } from '../../define.js';
import { RedFlagBanner } from './red-flag-banner.component.js';

export * from './red-flag-banner.component.js';

defineElement('red-flag-banner', RedFlagBanner);
