import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai/esm/chai.js';
import { ALL_CAUSES, ALL_FINDINGS, SCREENS } from '../../src/checker/ids.js';
import { causeText, findingText, screenText } from '../../src/content/checker-text.js';

/** Words that make a sentence first person. */
const FIRST_PERSON = /(^|[\s(])(I|I'm|I've|I'd|My|my|me|myself)(?=[\s.,:;)]|$)/;
/** Phone numbers and country-specific services the element adds itself, from the reader's region. */
const LOCAL_SERVICES = /\b(999|111|911|112|000)\b|A&E|\bGP\b|\bER\b|\bNHS\b/;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) {
    const key = value.trim().toLowerCase();
    if (seen.has(key)) twice.add(value);
    seen.add(key);
  }
  return [...twice];
}

/** Every string of the checker's text, named for error messages. */
function allStrings(): Array<[string, string]> {
  return [
    ...screenText().flatMap((s): Array<[string, string]> => [
      [`screen.${s.id}.question`, s.question],
      ...(s.hint === undefined ? [] : [[`screen.${s.id}.hint`, s.hint] as [string, string]]),
    ]),
    ...findingText('en').flatMap((f): Array<[string, string]> => [
      [`finding.${f.id}.label`, f.label],
      ...(f.hint === undefined ? [] : [[`finding.${f.id}.hint`, f.hint] as [string, string]]),
      [`finding.${f.id}.doctor`, f.forDoctor],
    ]),
    ...causeText().flatMap((c): Array<[string, string]> => [
      [`cause.${c.id}.name`, c.name],
      [`cause.${c.id}.summary`, c.summary],
    ]),
  ];
}

describe('checker text', () => {
  it('has one text per screen, in the order the checker asks them', () => {
    expect(screenText().map((s) => s.id)).to.deep.equal(SCREENS.map((s) => s.id));
  });

  it('has one text per finding, in contract order', () => {
    expect(findingText('en').map((f) => f.id)).to.deep.equal([...ALL_FINDINGS]);
  });

  it('has one text per cause, in contract order', () => {
    expect(causeText().map((c) => c.id)).to.deep.equal([...ALL_CAUSES]);
  });

  it('has no empty string, and no stray spaces', () => {
    for (const [key, value] of allStrings()) {
      expect(value, key).to.be.a('string');
      expect(value.trim(), key).not.to.equal('');
      expect(value, key).to.equal(value.trim());
      expect(value, key).not.to.match(/\s{2}/);
    }
  });

  it('has no duplicated question, label, hint, sentence, name or summary', () => {
    const screens = screenText();
    const findings = findingText('en');
    const causes = causeText();
    expect(duplicates(screens.map((s) => s.question)), 'questions').to.deep.equal([]);
    expect(duplicates(findings.map((f) => f.label)), 'labels').to.deep.equal([]);
    expect(
      duplicates([
        ...screens.flatMap((s) => s.hint ?? []),
        ...findings.flatMap((f) => f.hint ?? []),
      ]),
      'hints',
    ).to.deep.equal([]);
    expect(duplicates(findings.map((f) => f.forDoctor)), 'forDoctor').to.deep.equal([]);
    expect(duplicates(causes.map((c) => c.name)), 'cause names').to.deep.equal([]);
    expect(duplicates(causes.map((c) => c.summary)), 'cause summaries').to.deep.equal([]);
  });

  it('gives every option on a screen a label of its own', () => {
    const labels = new Map(findingText('en').map((f) => [f.id, f.label]));
    for (const screen of SCREENS) {
      const onScreen = screen.findings.map((id) => labels.get(id)!);
      expect(duplicates(onScreen), screen.id).to.deep.equal([]);
      // "None of these" is the element's own option: no label may read the same.
      for (const label of onScreen)
        expect(label.toLowerCase(), screen.id).not.to.equal('none of these');
    }
  });

  it('writes labels as short answers, not sentences', () => {
    // The result joins labels into "Your answers that point to it: a; b."
    for (const f of findingText('en')) {
      expect(f.label, f.id).not.to.match(/[.;]$/);
      expect(f.label.length, f.id).to.be.at.most(120);
    }
  });

  it('writes every "What to tell your doctor" line as one first-person sentence', () => {
    for (const f of findingText('en')) {
      const sentence = f.forDoctor;
      expect(sentence, f.id).to.match(FIRST_PERSON);
      // One sentence: a capital first, one full stop, at the end.
      expect(sentence, f.id).to.match(/^[A-Z][^.!?]*\.$/);
      // Not the label pasted in (with or without a full stop).
      const bare = sentence.slice(0, -1).toLowerCase();
      expect(bare, f.id).not.to.equal(f.label.toLowerCase());
      // First person throughout: no "you" addressed to the reader.
      expect(sentence, f.id).not.to.match(/\b(you|your)\b/i);
    }
  });

  it('would catch a label pasted as a sentence for the doctor', () => {
    // The check above must fail for labels: a label is not a first-person sentence.
    const pasted = findingText('en').filter(
      (f) => FIRST_PERSON.test(f.label) && /^[A-Z][^.!?]*\.$/.test(f.label),
    );
    expect(pasted.map((f) => f.id)).to.deep.equal([]);
  });

  it('ends hints and cause summaries with a full stop, and leaves names and questions bare', () => {
    for (const s of screenText()) {
      expect(s.question, s.id).to.match(/\?$/);
      if (s.hint) expect(s.hint, s.id).to.match(/\.$/);
    }
    for (const f of findingText('en')) if (f.hint) expect(f.hint, f.id).to.match(/\.$/);
    for (const c of causeText()) {
      expect(c.summary, c.id).to.match(/^[A-Z][^.!?]*\.$/);
      expect(c.name, c.id).not.to.match(/[.!?]$/);
    }
  });

  it('names no phone number or country-specific service', () => {
    for (const [key, value] of allStrings()) expect(value, key).not.to.match(LOCAL_SERVICES);
  });

  it('keeps the emergency checkboxes plain and unsoftened', () => {
    const labels = new Map(findingText('en').map((f) => [f.id, f.label.toLowerCase()]));
    expect(labels.get('breathless')).to.contain('breath');
    expect(labels.get('sudden-severe-pain')).to.contain('hard to think or talk');
    expect(labels.get('fever')).to.contain('38');
    expect(findingText('en').find((f) => f.id === 'warm-red-skin')!.hint).to.contain(
      'brown or black skin',
    );
  });
});
