import { css } from 'lit';

export const calfPainCheckerStyles = css`
  :host {
    margin-block: 0 1.5em;
  }
  .progress {
    color: var(--_muted);
    margin-block-end: 0.25em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    max-inline-size: 100%;
  }
  legend h1,
  legend h2,
  legend h3,
  legend h4,
  legend h5,
  legend h6,
  .result-heading {
    font-size: 1.5em;
  }
  .result :is(h2, h3, h4, h5, h6):not(.result-heading) {
    font-size: 1.25em;
    margin-block-start: 1em;
  }
  .hint {
    color: var(--_muted);
  }
  .error {
    color: var(--_error-text);
    font-weight: 700;
    border-inline-start: 4px solid var(--_emergency);
    padding-inline-start: 0.5em;
  }
  .options {
    display: grid;
    gap: 0.5em;
    margin-block: 0.75em 1em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_link);
  }
  .option label {
    flex: 1;
    cursor: pointer;
  }
  .option-hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus-text);
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .or {
    margin: 0;
    font-weight: 700;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  button {
    min-block-size: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
    background: var(--_self-care);
    color: #ffffff;
    box-shadow: 0 4px 0 #00401e;
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
    box-shadow: none;
  }
  button.link {
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    color: var(--_link);
    text-decoration: underline;
    font-weight: 400;
  }
  button:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .self-care {
    border: 2px solid var(--_self-care);
    border-radius: var(--_radius);
    margin-block: 0 1.5em;
  }
  .self-care-heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.75em 1em;
    background: var(--_self-care);
    color: #ffffff;
  }
  .self-care-heading > * {
    margin: 0;
    font-size: 1.25em;
  }
  .self-care-heading svg {
    inline-size: 1.75em;
    block-size: 1.75em;
  }
  .self-care-content {
    padding: 1em;
  }
  .causes {
    padding-inline-start: 1.5em;
  }
  .causes li {
    margin-block-end: 1em;
  }
  .cause-name {
    font-weight: 700;
  }
  .for-doctor {
    background: var(--_surface);
    padding-block: 1em;
    padding-inline: 2.25em 1em;
    border-radius: var(--_radius);
  }
  .not-diagnosis {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .option {
      border-color: CanvasText;
    }
    .self-care {
      border-color: CanvasText;
    }
    /* Its green background is gone: a rule keeps the heading apart from the text. */
    .self-care-heading {
      border-block-end: 2px solid CanvasText;
    }
  }
  @media print {
    .buttons,
    .progress {
      display: none;
    }
  }
`;
