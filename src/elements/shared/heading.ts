import { type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

export interface HeadingOptions {
  id?: string;
  className?: string;
  part?: string;
  /** Focusable by script (tabindex -1), so focus can be moved to it. */
  focusable?: boolean;
}

/**
 * A real heading element at a level the embedder chooses (so it fits the host page's outline),
 * clamped to h1–h6.
 */
export function heading(
  level: number,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  const tag = HEADING_TAGS[Math.min(Math.max(Math.round(level), 1), 6) - 1];
  // lit/static-html puts a vetted literal tag here, which the lint rules for plain `html` cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return html`<${tag}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.className)}
    part=${ifDefined(options.part)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
  >${content}</${tag}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
