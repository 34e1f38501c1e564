// Mistakes the package's typings catch: each line must be a type error (`npm run typecheck`
// fails on an unused @ts-expect-error), so a typing that stopped checking shows here.
export const typeErrors = [
  // @ts-expect-error: not a theme
  <calf-pain-guide theme="purple" />,
  // @ts-expect-error: not an attribute of the guide
  <calf-pain-guide region="GB" colour="red" />,
  // @ts-expect-error: the event's detail has no `urgency`
  <calf-pain-checker oncalf-checker-result={(event) => event.detail.urgency} />,
  // @ts-expect-error: not a level of the banner
  <red-flag-banner level="severe" />,
];
