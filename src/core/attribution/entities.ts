import { foldName, nameKey, NameKey, nameParts, NameParts, sameKey } from './names';
import { Phrase } from './phrase';
import { fullerName } from './fullerName';

/** Someone (or some body) a text names or describes, with every mention folded into one. */
export interface Entity {
  readonly id: number;
  kind: 'person' | 'group' | 'unnamed';
  /** The fullest form met so far ("Volodymyr Zelenskyy"), or the description as written ("One Russian military blogger"). */
  name: string;
  parts?: NameParts;
  description: string | null;
  /** Lower-case head noun ("jury", "governor") or surname. */
  head: string;
  gender?: 'm' | 'f';
  /** A text rather than a speaker: a report, a statement, an outlet. */
  document: boolean;
  /** The sentence this entity last spoke in (-1: never). */
  spokeAt: number;
  /** The sentence this entity was last mentioned in. */
  seenAt: number;
  /** The sentence this entity was last the subject of (its first mention). */
  subjectAt: number;
  /** For a person, the key its name compares by. */
  key?: NameKey;
}

const PLURAL_HEAD = /[^su]s$/;
// Words of a profile's epithets ("the handsome food expert", "the slender vice president").
const EPITHET = /\b(?:handsome|pretty|attractive|beautiful|slender|slim|tall|lanky|stocky|burly|husky|petite|diminutive|dapper|balding|bespectacled|bearded|(?:gray|grey|white|silver|red|dark|blond|sandy)-haired|blonde?|brunette|genial|affable|jovial|soft-spoken|outspoken|energetic|vivacious|pert|smiling|beaming|articulate|personable|\d+-year-old)\b/i;
// A pronoun stands for someone met within this many sentences.
const RECENT = 8;
// Pronouns for which a person marked with their gender is preferred to one of unknown gender.
const MARKED: ReadonlyMap<string, 'm' | 'f'> = new Map([['she', 'f']]);

/** The people and groups of one text, each mention resolved to one entity, and the order they were last met in. */
export class Entities {
  readonly all: Entity[] = [];
  /** Single capitalised words of the current sentence that may be surnames of people met in text not read. */
  private unknown: string[] = [];
  private readonly confirmed = new Map<string, Entity | null>();

  /** `text`: the whole text, for looking up the full form of a surname met alone. */
  constructor(private readonly text = '') {}

  /** Notes a capitalised word that names no one known yet (a surname, a place?). */
  noteUnknown(word: string): void {
    this.unknown.push(word);
  }

  // Gives a speaker met as one word its full name if the text has it elsewhere; false if it has not.
  private strengthen(e: Entity): boolean {
    if (!this.checked.has(e)) {
      this.checked.add(e);
      const p = e.parts ? fullerName(this.text, e.parts.surname, e.key) : undefined;
      if (p) {
        e.name = p.name;
        e.parts = nameParts(p.name);
        e.key = nameKey(p.name);
        e.description ??= p.description;
        e.gender ??= p.gender;
        this.index(e);
      }
    }
    return !weak(e);
  }

  private readonly checked = new Set<Entity>();

  // The person a lone word names if the text gives it in full somewhere ("Hansen" → "Ron Hansen").
  private confirm(word: string): Entity | undefined {
    let e = this.confirmed.get(word);
    if (e === undefined) {
      const p = fullerName(this.text, word);
      e = p ? this.resolve(p) ?? null : null;
      this.confirmed.set(word, e);
    }
    return e ?? undefined;
  }
  /** Entities in the order of their mentions, most recent last (bounded). */
  private readonly recent: Entity[] = [];
  /** Sentences read so far. */
  sentence = 0;
  /** Entities mentioned so far in the current sentence. */
  private inSentence: Entity[] = [];
  private subjectTaken = false;

  /** Passes over a paragraph that is not read: whoever spoke before it no longer just spoke. */
  skip(): void {
    this.sentence += 3;
    this.inSentence = [];
    this.unknown = [];
  }

  /** Starts a new sentence. */
  nextSentence(): void {
    this.sentence++;
    this.inSentence = [];
    this.unknown = [];
    this.subjectTaken = false;
  }

  /** Notes that `e` speaks in the current sentence (it is then the first choice for a pronoun in the next). */
  spoke(e: Entity, subject = false): void {
    e.spokeAt = this.sentence;
    this.mention(e, subject);
  }

  /** Notes a mention of `e` (for pronouns to come). */
  mention(e: Entity, subject = false): void {
    e.seenAt = this.sentence;
    if (subject && !this.subjectTaken) {
      e.subjectAt = this.sentence;
      this.subjectTaken = true;
    }
    this.inSentence.push(e);
    const i = this.recent.lastIndexOf(e);
    if (i >= 0) {
      this.recent.splice(i, 1);
    }
    this.recent.push(e);
    if (this.recent.length > 64) {
      this.recent.shift();
    }
  }

  /**
   * Who speaks a quotation in the first person that no cue attributes ("“I appreciate beauty”."):
   * a person who spoke in the last two sentences, else the first person this sentence names.
   */
  firstPersonSpeaker(): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.recent) {
      if (e.kind === 'person' && e.spokeAt >= this.sentence - 2 && (!best || e.spokeAt >= best.spokeAt)) {
        best = e;
      }
    }
    return best ?? this.inSentence.find((e) => e.kind === 'person' && !weak(e));
  }

  /** A known person whose name `name` can be (a surname alone, another spelling), most recent first. */
  findPerson(name: string): Entity | undefined {
    const key = nameKey(name);
    const found = this.latest(this.bySurname.get(key.surname), key);
    if (found || key.initial !== '') {
      return found;
    }
    // One word alone may be a first name, or a familiar form of one: "Xi" after "Xi Jinping", "Frankie" after "Frank Sinatra".
    for (let n = key.surname.length; n >= 4; n--) {
      const e = this.latest(this.byGiven.get(key.surname.slice(0, n)), key);
      if (e) {
        return e;
      }
    }
    return undefined;
  }

  private latest(list: readonly Entity[] | undefined, key: NameKey): Entity | undefined {
    for (let i = (list?.length ?? 0) - 1; i >= 0; i--) {
      const e = (list as readonly Entity[])[i];
      if (sameKey(e.key as NameKey, key)) {
        return e;
      }
    }
    return undefined;
  }

  // Persons by folded surname, and by first given name.
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byGiven = new Map<string, Entity[]>();

  private index(e: Entity): void {
    const key = e.key as NameKey;
    put(this.bySurname, key.surname, e);
    if (key.given.length > 0) {
      put(this.byGiven, key.given[0], e);
    }
  }

  /** The entity a phrase names: an existing one it refers to, or a new one. Pronouns are bound by {@link bind}. */
  resolve(p: Phrase): Entity | undefined {
    switch (p.kind) {
      case 'pronoun':
        return this.bind(p.name);
      case 'person':
        return this.person(p);
      case 'group':
        return this.group(p);
      default:
        return this.unnamed(p);
    }
  }

  private person(p: Phrase): Entity {
    const known = this.findPerson(p.name);
    if (known) {
      const key = nameKey(p.name);
      if (known.key && key.given.length > known.key.given.length && key.surname === known.key.surname) {
        known.name = p.name;
        known.parts = nameParts(p.name);
        known.key = key;
        this.index(known);
      }
      known.description ??= p.description;
      known.gender ??= p.gender;
      return known;
    }
    const parts = nameParts(p.name);
    const e = this.add({ kind: 'person', name: p.name, parts, description: p.description, head: parts ? foldName(parts.surname) : p.head, gender: p.gender, document: false, key: nameKey(p.name) });
    this.index(e);
    return e;
  }

  private group(p: Phrase): Entity {
    const key = groupKey(p.name);
    for (let i = this.all.length - 1; i >= 0; i--) {
      const e = this.all[i];
      if (e.kind === 'group' && (groupKey(e.name) === key || (p.definite && e.head === p.head))) {
        return e;
      }
    }
    return this.add({ kind: 'group', name: bareName(p.name), description: p.description, head: p.head, document: p.document === true });
  }

  private unnamed(p: Phrase): Entity {
    if (p.definite) {
      // "the sheriff" after "Sheriff Felix Tabb"; "the jury" after "the Fulton County Grand Jury".
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const e = this.recent[i];
        if (e.head === p.head || (e.kind !== 'unnamed' && e.description !== null && e.description.toLowerCase().split(/[\s,]+/).includes(p.head))) {
          return e;
        }
      }
    }
    if (p.definite && (/\bformer\b/i.test(p.name) || EPITHET.test(p.name))) {
      // "the former secretary of labor", "the handsome food expert": a description no earlier
      // mention explains, with a word only a profile uses, is the person just quoted.
      const e = this.bindIn(p.gender === 'f' ? 'she' : 'he', this.recent, 'spoke', 5) ?? (p.gender === undefined ? this.bindIn('she', this.recent, 'spoke', 5) : undefined);
      if (e) {
        return e;
      }
    }
    const key = groupKey(p.name);
    for (let i = this.all.length - 1; i >= 0; i--) {
      const e = this.all[i];
      if (e.kind === 'unnamed' && groupKey(e.name) === key) {
        return e;
      }
    }
    return this.add({ kind: 'unnamed', name: p.name, description: null, head: p.head, gender: p.gender, document: p.document === true });
  }

  /**
   * The entity a pronoun stands for: the last person (he, she), group (they) or body (it) met that
   * fits, preferring one that spoke in this sentence or the one before (the subject a reader follows).
   */
  bind(pronoun: string): Entity | undefined {
    const found = this.pick(pronoun);
    if (found && found.gender === undefined && (pronoun === 'he' || pronoun === 'she')) {
      found.gender = pronoun === 'he' ? 'm' : 'f';
    }
    return found;
  }

  /**
   * Notes a subject "he" or "she" of the narration ("She likes his classic chemise."): the person it
   * stands for, if one who spoke or whose gender is known, stays the one a reader follows.
   */
  follow(pronoun: 'he' | 'she'): void {
    const e = this.pick(pronoun);
    if (e && (e.gender === (pronoun === 'he' ? 'm' : 'f') || e.spokeAt >= 0)) {
      this.mention(e, true);
    }
  }

  // What a pronoun stands for (see bind), without noting its gender.
  private pick(pronoun: string): Entity | undefined {
    const found = this.bindAny(pronoun);
    const g = MARKED.get(pronoun);
    if (!found || !g || found.gender !== undefined) {
      return found;
    }
    // A woman the text has marked as one ("Mrs. Grace O. Peck") is who "she" stands for, rather
    // than a name of unknown gender met since ("F & A"): the one who last spoke or was the
    // subject, else the last met.
    let best: Entity | undefined;
    const rank = (e: Entity) => Math.max(e.spokeAt, e.subjectAt) * 1000 + e.seenAt;
    for (const e of this.recent) {
      if (e.gender === g && e.kind !== 'group' && !e.document && e.seenAt >= this.sentence - RECENT && (!best || rank(e) >= rank(best))) {
        best = e;
      }
    }
    return best ?? found;
  }

  private bindAny(pronoun: string): Entity | undefined {
    return (
      this.bindIn(pronoun, [...this.inSentence].reverse(), 'any') ??
      this.bindUnknown(pronoun) ??
      this.bindIn(pronoun, this.recent, 'spoke', 1) ??
      this.bindIn(pronoun, this.recent, 'subject') ??
      this.bindIn(pronoun, this.recent, 'spoke', 2) ??
      this.bindIn(pronoun, this.recent, 'any')
    );
  }

  // A person this sentence names by surname alone, known from text not read.
  private bindUnknown(pronoun: string): Entity | undefined {
    if (pronoun !== 'he' && pronoun !== 'she') {
      return undefined;
    }
    for (let i = this.unknown.length - 1; i >= 0; i--) {
      const e = this.confirm(this.unknown[i]);
      if (e && (e.gender === undefined || e.gender === (pronoun === 'he' ? 'm' : 'f'))) {
        this.mention(e);
        return e;
      }
    }
    return undefined;
  }

  /** The person a definite description no earlier mention explains stands for: "the former secretary of labor". */
  bindFormer(): Entity | undefined {
    return this.bindIn('he', this.recent, 'spoke', 3) ?? this.bindIn('she', this.recent, 'spoke', 3);
  }

  // `which`: any entity met lately, one that spoke within `window` sentences, or the subject of the sentence before.
  private bindIn(pronoun: string, list: readonly Entity[], which: 'any' | 'spoke' | 'subject', window = 1): Entity | undefined {
    const speakersOnly = which !== 'any';
    // The last to speak first, then the last mentioned.
    const order = which === 'spoke' ? [...list].sort((a, b) => a.spokeAt - b.spokeAt) : list;
    for (let i = order.length - 1; i >= 0; i--) {
      const e = order[i];
      const recent = which === 'spoke' ? e.spokeAt >= this.sentence - window : which === 'subject' ? e.subjectAt >= this.sentence - 1 : e.seenAt >= this.sentence - RECENT;
      if (!recent) {
        continue;
      }
      const plural = e.kind === 'group' ? PLURAL_HEAD.test(e.head) || e.head === 'people' : PLURAL_HEAD.test(e.head) && e.kind === 'unnamed';
      if (pronoun === 'he' || pronoun === 'she') {
        const g = pronoun === 'he' ? 'm' : 'f';
        if (e.kind === 'group' || e.document || plural || (e.gender !== undefined && e.gender !== g) || (weak(e) && !speakersOnly && !(e.spokeAt >= 0 && this.strengthen(e)))) {
          continue;
        }
        return e;
      }
      if (pronoun === 'they') {
        if (plural || (e.kind === 'group' && !e.document)) {
          return e;
        }
        continue;
      }
      if (pronoun === 'it') {
        if ((e.kind === 'group' && !plural) || e.document) {
          return e;
        }
        continue;
      }
      return undefined;
    }
    return undefined;
  }

  private add(e: Omit<Entity, 'id' | 'spokeAt' | 'seenAt' | 'subjectAt'>): Entity {
    const entity = { ...e, id: this.all.length, spokeAt: -1, seenAt: this.sentence, subjectAt: -1 };
    this.all.push(entity);
    return entity;
  }
}

function put(m: Map<string, Entity[]>, k: string, e: Entity): void {
  const list = m.get(k);
  if (!list) {
    m.set(k, [e]);
  } else if (!list.includes(e)) {
    list.push(e);
  }
}

function bareName(name: string): string {
  return name.replace(/^(?:the|The)\s+/, '');
}

function groupKey(name: string): string {
  return bareName(name).toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// A person met only as one word with no title ("Moscow claimed"): perhaps a place or a body, so no
// pronoun stands for it.
function weak(e: Entity): boolean {
  return e.kind === 'person' && e.description === null && e.gender === undefined && (e.parts === undefined || e.parts.given.length === 0);
}
