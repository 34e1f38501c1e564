/**
 * What dist/embed.html tells the page that frames it: its height in CSS pixels, every time it
 * changes, so that the page can make the iframe exactly that tall (it then never scrolls).
 * The message holds this number and nothing else: nothing about the reader or their answers.
 */
export const HEIGHT_MESSAGE = 'calf-pain-guide:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The embedded page's height in CSS pixels, rounded up. */
  height: number;
}

/** The tallest height a parent accepts: a page that claims more is not the guide. */
export const MAX_HEIGHT = 100_000;

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<HeightMessage>;
  return (
    type === HEIGHT_MESSAGE &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height <= MAX_HEIGHT
  );
}
