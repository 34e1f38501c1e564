/**
 * The shapes of the guide's reviewed text. Content modules build these with `msg()` at call
 * time (so a locale change re-renders them) and hold no DOM.
 */
import type { CauseId, FindingId, Level, ScreenId } from '../checker/ids.js';

/** The four main cause groups, each explained in a part of its own (CauseSection). */
export const CAUSE_SECTION_IDS = ['muscle', 'nerves', 'clot', 'arteries'] as const;
export type CauseSectionId = (typeof CAUSE_SECTION_IDS)[number];

/** The parts of the guide's text with a title of their own (`sectionTitle()`). */
export type PartId = 'about' | 'check' | CauseSectionId | 'other-causes' | 'sources';

/** A cited source. Titles stay in their own language: they name a document the reader can open. */
export interface Source {
  id: string;
  /** Publisher and page title, e.g. "NHS: Deep vein thrombosis". */
  name: string;
  url: string;
}

/** Signs that call for one level of help. The element supplies the level's heading and number. */
export interface HelpAdvice {
  level: Exclude<Level, 'self-care'>;
  signs: string[];
}

/** One cause inside a section (the nerve section has four). */
export interface CauseTopic {
  id: CauseId;
  title: string;
  paragraphs: string[];
}

/** One of the four main cause groups. */
export interface CauseSection {
  id: CauseSectionId;
  title: string;
  /** One short sentence under the heading, visible when collapsed. */
  summary: string;
  /** Paragraphs: what it is. */
  whatItIs: string[];
  /** Causes explained inside this section, each with its own anchor. */
  topics: CauseTopic[];
  /** List items: how it feels. */
  feels: string[];
  /** List items: who gets it. */
  whoGetsIt: string[];
  /** A sentence after the list, for what makes it only a little more likely. */
  whoGetsItNote?: string;
  /** List items: what helps (self-care only where safe). */
  whatHelps: string[];
  /** When to get help, most urgent first. */
  getHelp: HelpAdvice[];
  sources: string[];
}

/** A red-flag condition explained in the "Get help now" part. */
export interface RedFlagCondition {
  id: CauseId;
  name: string;
  /** One or two short sentences: what it is and why it is urgent. */
  explanation: string;
  /** Signs the emergency card does not list, in the reader's words (often none). */
  signs: string[];
  /** What to do when it is not what the emergency card says. */
  advice?: string;
  sources: string[];
}

/** A brief "other cause". */
export interface OtherCause {
  id: CauseId;
  name: string;
  paragraphs: string[];
  /** When to get help; the level says how fast. */
  getHelp: HelpAdvice[];
  sources: string[];
}

export interface Introduction {
  title: string;
  paragraphs: string[];
  /** The guide is written for adults: what to watch for in a child. */
  children: ChildAdvice;
}

/** Warning signs in a child or teenager, inside the introduction. */
export interface ChildAdvice {
  title: string;
  paragraphs: string[];
  getHelp: HelpAdvice[];
  sources: string[];
}

/**
 * Who answers for the guide's text. Dates are ISO (yyyy-mm-dd). `reviewedBy` and `reviewedOn`
 * stay empty until a named clinician signs this version off.
 */
export interface ContentStatus {
  version: string;
  /** When the text was last checked against its sources. */
  checkedOn: string;
  /** 12 months after `checkedOn`. */
  nextReviewOn: string;
  reviewedBy: string;
  reviewedOn: string;
}

/** Text for one checker screen. */
export interface ScreenText {
  id: ScreenId;
  question: string;
  hint?: string;
  /** The subheading of each group of options, by the group's id (`Screen.groups`). */
  groups?: Readonly<Record<string, string>>;
  /** The answer that adds no finding ("No", "Neither"), on questions that offer one. */
  noFinding?: string;
}

/** What a finding is called on its checkbox or radio, and how it reads to a doctor. */
export interface FindingText {
  id: FindingId;
  label: string;
  hint?: string;
  /** First person, one plain sentence for "What to tell your doctor". */
  forDoctor: string;
  /**
   * Risk factors only: one plain sentence on what it makes more likely, shown under a cause
   * instead of the label ("Being pregnant makes clots more likely"): a risk is not a symptom.
   */
  risk?: string;
}

/** A cause as the checker's result names it. */
export interface CauseText {
  id: CauseId;
  name: string;
  /** One sentence: what it is. */
  summary: string;
}
