import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Turns forced colours (Windows High Contrast) on or off for the page, through
 * test/support/forced-colors-plugin.mjs. Chromium only (see engine.ts canEmulateMedia). It
 * replaces the other emulated media features (colour scheme, reduced motion).
 */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}
