// Test runner command `emulate-forced-colors`: @web/test-runner-commands' emulateMedia drops
// `forcedColors` for puppeteer-driven browsers, and puppeteer's emulateMediaFeatures refuses the
// feature, so this sets it through the DevTools protocol itself (Chromium only;
// test/support/forced-colors.ts is the browser side).
export function forcedColorsPlugin() {
  // One protocol session per page, kept open: emulation set through a session ends with it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.type === 'puppeteer' && session.browser.getPage(session.id);
      if (!page || !page.browser().process()?.spawnfile?.includes('chrom')) {
        throw new Error(
          `Forced colours can only be emulated in Chromium, not ${session.browser.name}.`,
        );
      }
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload && payload.active ? 'active' : 'none';
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value }],
      });
      return true;
    },
  };
}
