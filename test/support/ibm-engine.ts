/**
 * IBM's Equal Access engine (`accessibility-checker-engine`), injected into the test page as axe
 * is: its rules enter open shadow roots, and it checks some things axe does not (text that looks
 * like a heading, words that point at the screen, quotations). `findings()` runs it on an element
 * and returns what it reports as a violation or a recommendation, certain or potential, less the
 * false positives in `SUPPRESSIONS`, each with its reason.
 */
import { walk } from './dom.js';

/** One result as the engine reports it (only the fields read here). */
interface EngineResult {
  ruleId: string;
  reasonId: string;
  /** [VIOLATION | RECOMMENDATION | INFORMATION, PASS | FAIL | POTENTIAL | MANUAL] */
  value: [string, string];
  message: string;
  messageArgs: string[];
  snippet: string;
  path: { dom: string };
}

interface Engine {
  Checker: new () => {
    check(node: Node, rulesets: string[]): Promise<{ results: EngineResult[] }>;
  };
}

declare global {
  interface Window {
    /** Set by the engine's script (a classic script that declares `var ace`). */
    ace?: Engine;
  }
}

/** What one result is about: the rule's own message and where it points. */
export interface Finding {
  rule: string;
  /** The words the engine quotes from the text (its message arguments). */
  words: string;
  message: string;
  snippet: string;
  path: string;
}

/** What a suppression can look at: the finding, the language shown, the element checked. */
interface Context {
  finding: Finding;
  locale: string;
  el: Element;
}

/** A false positive: the rule, why it is wrong here, and exactly which findings it covers. */
interface Suppression {
  rule: string;
  reason: string;
  covers(context: Context): boolean;
}

/** The text of every `<label>` the reader sees, through shadow roots. */
const labelTexts = (el: Element) =>
  [...walk(el.shadowRoot ?? el)]
    .filter((node): node is HTMLLabelElement => node.nodeName === 'LABEL')
    .map((label) => label.textContent!.replace(/\s+/g, ' ').trim());

/** Words the engine flags in English text that here describe the body, not the screen. */
const BODY_WORDS = new Set([
  'top',
  'lower',
  'bottom',
  'big',
  'bigger',
  'small',
  'little',
  'left',
  'right',
]);

export const SUPPRESSIONS: readonly Suppression[] = [
  {
    rule: 'text_sensory_misuse',
    reason:
      'The words are about the body, not the screen: "the top of the calf", "the lower leg", ' +
      '"the bottom of the spine", "the big muscle", "a small lump that gets bigger", "only a ' +
      'little", "Left leg" / "Right leg" (which leg hurts). No instruction relies on where ' +
      'something is or how it looks.',
    covers: ({ finding }) =>
      finding.words.split(/,\s*/).every((word) => BODY_WORDS.has(word.toLowerCase())),
  },
  {
    rule: 'text_sensory_misuse',
    reason:
      '"Below" is "just below the knee" (the body), or "the warning signs below": the card ' +
      'that comes next in reading order, so it is also next for a screen reader.',
    covers: ({ finding }) =>
      finding.words
        .split(/,\s*/)
        .every((word) => word === 'below' || BODY_WORDS.has(word.toLowerCase())),
  },
  {
    rule: 'text_block_heading',
    reason:
      'The bold "or" between the symptom boxes and "None of these" divides two groups of ' +
      'answers; as a heading it would put a one-word entry in every heading list.',
    covers: ({ finding }) => /\bclass="or"/.test(finding.snippet),
  },
  {
    rule: 'text_block_heading',
    reason:
      'The rule takes text with few words for a heading and counts words by spaces. Chinese ' +
      'has none, so a whole sentence (ending with "。", "？" or "！") counts as one word.',
    covers: ({ finding, locale }) => locale.startsWith('zh') && /[。？！]$/.test(finding.words),
  },
  {
    rule: 'text_block_heading',
    reason:
      'A subheading inside a question ("Breathing and chest") names its group of answers: the ' +
      'group has role="group" and takes its name from it, which is how a screen reader meets it. ' +
      'As a heading it would split one question into several entries of the heading list.',
    covers: ({ finding }) => /\bclass="group-heading"/.test(finding.snippet),
  },
  {
    rule: 'text_block_heading',
    reason:
      'The title of the error summary ("There is a problem") names the summary, a role="group" ' +
      'that takes focus when it appears, so a screen reader reads it at once; it is not a part of ' +
      'the page to jump to, and the question keeps the one heading.',
    covers: ({ finding }) => /\bclass="error-summary-title"/.test(finding.snippet),
  },
  {
    rule: 'figure_label_exists',
    reason:
      'A picture is a <figure> holding one role="img" named by its text alternative, then its ' +
      'labels as text. A name on the figure too would make a screen reader read the ' +
      'alternative twice (docs/pictures/README.md).',
    covers: ({ finding }) => /\bclass="picture-figure"/.test(finding.snippet),
  },
  {
    rule: 'list_structure_proper',
    reason:
      'The "Check your answers" list is a <dl> whose question and answer pairs are each wrapped ' +
      'in a <div>, which HTML allows (and the Nu HTML Checker accepts); the rule expects <dt> and ' +
      '<dd> as direct children.',
    covers: ({ finding }) => /^<dl class="answers"/.test(finding.snippet),
  },
  {
    rule: 'text_quoted_correctly',
    reason:
      'The quoted words are the name of an answer on the screen ("Choose None of these"), ' +
      'quoted so the reader can find it: not a quotation, which <q> is for.',
    covers: ({ finding, el }) => {
      const quoted = /"([^"]+)"\s*$/.exec(finding.message)?.[1];
      return quoted !== undefined && labelTexts(el).includes(quoted);
    },
  },
];

let loading: Promise<Engine> | undefined;

/** Loads the engine's script into this page once (the dev server serves node_modules). */
function engine(): Promise<Engine> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve(window.ace!);
    script.onerror = () => reject(new Error('accessibility-checker-engine did not load'));
    document.head.append(script);
  });
  return loading;
}

/**
 * What the engine reports on `el` (and everything in its shadow roots) as a violation or a
 * recommendation, certain or potential, less the suppressed false positives. "Manual" results
 * (checks the engine leaves to a person) and passes are not findings.
 */
export async function findings(el: Element, locale: string): Promise<Finding[]> {
  const { Checker } = await engine();
  const { results } = await new Checker().check(el, ['IBM_Accessibility']);
  return results
    .filter(
      ({ value: [kind, outcome] }) =>
        (kind === 'VIOLATION' || kind === 'RECOMMENDATION') &&
        (outcome === 'FAIL' || outcome === 'POTENTIAL'),
    )
    .map((result): Finding => ({
      rule: result.ruleId,
      words: (result.messageArgs ?? []).join(', '),
      message: result.message,
      snippet: result.snippet,
      path: result.path.dom,
    }))
    .filter(
      (finding) =>
        !SUPPRESSIONS.some(
          (each) => each.rule === finding.rule && each.covers({ finding, locale, el }),
        ),
    );
}

/** One line per finding, for a failure message a person can act on. */
export const listFindings = (list: Finding[]) =>
  list.map((each) => `${each.rule}: ${each.message} — ${each.snippet} at ${each.path}`).join('\n');
