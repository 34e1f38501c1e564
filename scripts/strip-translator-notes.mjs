// A rollup plugin that drops the translator notes (`desc: '…'`) from msg() options before
// bundling. In runtime mode @lit/localize keeps the options object, so every note would
// otherwise ship to every reader; the notes live on in locales/*.xlf for translators.
const DESC = /\bdesc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*,?/g;

export function stripTranslatorNotes() {
  return {
    name: 'strip-translator-notes',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      return { code: code.replace(DESC, ''), map: null };
    },
  };
}
