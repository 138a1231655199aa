// Accuracy of quotation attribution on the two labelled fixtures (test/fixtures/attribution/):
// every quotation of the five seeds, and Brown press quotations (a tuning part, two parts held out
// once and since read, and a held-out part). Run alone for the errors: npx tsx bench/attributionAccuracy.ts [seeds|tuning|firstHeldOut|heldOut|thirdHeldOut] [--errors]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { attributeText, TextAttribution } from '../src/core/attribution/attribute';
import { sameSpeaker } from '../src/core/attribution/names';
import { splitParagraphs } from '../src/core/segment';
import { brownText } from './brownPress';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'attribution');

interface Label {
  readonly text?: string;
  readonly speaker?: string | readonly string[] | null;
  readonly description?: string | null;
  readonly unclear?: string;
}

/** Figures for one fixture. */
export interface AttributionScore {
  readonly name: string;
  /** A short name for tables. */
  readonly short: string;
  /** Quotations in the fixture, and how many the scanner found exactly. */
  readonly gold: number;
  readonly found: number;
  readonly matched: number;
  /** Quotations a careful reader can attribute, and how many got that speaker. */
  readonly attributable: number;
  readonly rightSpeaker: number;
  /** Quotations that are not speech, and how many got no speaker. */
  readonly notSpeech: number;
  readonly leftAlone: number;
  /** Quotations with a description in the fixture, and how many carried it. */
  readonly described: number;
  readonly rightDescription: number;
  readonly errors: readonly string[];
}

function alternatives(s: string | readonly string[]): readonly string[] {
  return typeof s === 'string' ? [s] : s;
}

function score(name: string, short: string, items: { id: string; text: string; gold: { innerStart: number; innerEnd: number }[]; labels: readonly Label[]; result: TextAttribution }[]): AttributionScore {
  let gold = 0;
  let found = 0;
  let matched = 0;
  let attributable = 0;
  let rightSpeaker = 0;
  let notSpeech = 0;
  let leftAlone = 0;
  let described = 0;
  let rightDescription = 0;
  const errors: string[] = [];
  for (const item of items) {
    gold += item.gold.length;
    found += item.result.quotes.length;
    const byStart = new Map(item.result.quotes.map((q) => [q.innerStart, q]));
    item.gold.forEach((g, k) => {
      const label = item.labels[k];
      const q = byStart.get(g.innerStart);
      const words = item.text.slice(g.innerStart, g.innerEnd).replace(/\s+/g, ' ');
      const short = words.length > 60 ? `${words.slice(0, 57)}…` : words;
      if (q && q.innerEnd === g.innerEnd) {
        matched++;
      }
      const speaker = q && q.speaker >= 0 ? item.result.speakers[q.speaker] : undefined;
      const got = speaker ? `${speaker.name}${speaker.description ? ` (${speaker.description})` : ''} [${q?.cue}${q?.verb ? ` ${q.verb}` : ''}]` : q ? 'no speaker' : 'not found';
      if (label.unclear !== undefined) {
        return;
      }
      if (label.speaker === null) {
        notSpeech++;
        if (!speaker) {
          leftAlone++;
        } else {
          errors.push(`${item.id} #${k + 1} “${short}”: not speech, got ${got}`);
        }
        return;
      }
      if (label.speaker === undefined) {
        return;
      }
      attributable++;
      const alts = alternatives(label.speaker);
      if (speaker && alts.some((a) => sameSpeaker(speaker.name, a))) {
        rightSpeaker++;
      } else {
        errors.push(`${item.id} #${k + 1} “${short}”: want ${alts.join(' | ')}, got ${got}`);
      }
      if (label.description) {
        described++;
        if (speaker?.description === label.description) {
          rightDescription++;
        } else if (speaker && alts.some((a) => sameSpeaker(speaker.name, a))) {
          errors.push(`${item.id} #${k + 1}: description want "${label.description}", got "${speaker.description}"`);
        }
      }
    });
  }
  return { name, short, gold, found, matched, attributable, rightSpeaker, notSpeech, leftAlone, described, rightDescription, errors };
}

/** Attribution of the five seeds against their labels. */
export function seedScore(): AttributionScore {
  const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seeds.json'), 'utf8')) as { sources: Record<string, Label[]> };
  const catalog = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'seeds', 'catalog.json'), 'utf8')) as { sources: { file: string; key: string }[] };
  const items = Object.entries(fixture.sources).map(([key, labels]) => {
    const file = catalog.sources.find((s) => s.key === key)?.file as string;
    const text = fs.readFileSync(path.join(__dirname, '..', 'seeds', file), 'utf8');
    const paragraphs = splitParagraphs(text).filter((p) => !p.furniture);
    const result = attributeText(text, paragraphs);
    // Gold quotations are found by their words, in order.
    let from = 0;
    const gold = labels.map((l) => {
      const at = text.indexOf(l.text as string, from);
      if (at < 0) {
        throw new Error(`seed ${key}: quotation not found: ${l.text}`);
      }
      from = at + 1;
      return { innerStart: at, innerEnd: at + (l.text as string).length };
    });
    return { id: key, text, gold, labels, result };
  });
  return score('seeds', 'seeds', items);
}

/** The parts of the Brown fixture: written on, two held out once then read, and one held out. */
export type BrownPart = 'tuning' | 'firstHeldOut' | 'heldOut' | 'thirdHeldOut';

const PART_NAMES: Record<BrownPart, [string, string]> = {
  tuning: ['Brown press, tuning (ca01–ca12)', 'Brown, tuning'],
  firstHeldOut: ['Brown press, first held-out part, since read (ca33–ca44)', 'Brown, 1st held-out (read)'],
  heldOut: ['Brown press, second held-out part, since read (ca21–ca32)', 'Brown, 2nd held-out (read)'],
  thirdHeldOut: ['Brown press, held out (reportage ca13–ca20, editorial cb19–cb24)', 'Brown, held out'],
};

/** Attribution of the Brown press texts of one part of the fixture against their labels. */
export function brownScore(part: BrownPart): AttributionScore {
  const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'brown.json'), 'utf8')) as Record<BrownPart, Record<string, Label[]>>;
  const items = Object.entries(fixture[part]).map(([id, labels]) => {
    const b = brownText(id);
    if (b.quotes.length !== labels.length) {
      throw new Error(`${id}: ${b.quotes.length} quotations in the text, ${labels.length} labels`);
    }
    const result = attributeText(b.text, b.paragraphs);
    return { id, text: b.text, gold: [...b.quotes], labels, result };
  });
  return score(PART_NAMES[part][0], PART_NAMES[part][1], items);
}

/** One line of figures. */
export function describeScore(s: AttributionScore): string {
  const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
  return `${s.name}: right speaker ${s.rightSpeaker}/${s.attributable} (${pct(s.rightSpeaker, s.attributable)}); not speech left alone ${s.leftAlone}/${s.notSpeech}; quotations found exactly ${s.matched}/${s.gold} (precision ${pct(s.matched, s.found)}, recall ${pct(s.matched, s.gold)}); descriptions ${s.rightDescription}/${s.described}`;
}

if (require.main === module) {
  const which = process.argv[2] ?? 'seeds';
  const s = which === 'seeds' ? seedScore() : brownScore(which in PART_NAMES ? (which as BrownPart) : 'tuning');
  console.log(describeScore(s));
  if (process.argv.includes('--errors')) {
    s.errors.forEach((e) => console.log(`  ${e}`));
  }
}
