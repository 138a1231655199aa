// Every `verbatim.*` setting, as an editor (VS Code's configuration, a language client's
// `workspace/configuration`) hands them over: read in one place, kept in one store whose one change
// event says which settings changed.
import { CITATION_STYLES, CitationStyle } from '../citationFormat';

/** How loud a finding is, by the names the settings use. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];

/** Every Verbatim setting. */
export interface Settings {
  readonly sources: readonly string[];
  readonly includeBundledSources: boolean;
  readonly citationStyle: CitationStyle;
  readonly minQuoteWords: number;
  readonly languages: readonly string[];
  readonly severity: {
    /** A misquote that changes a number, a negation, or what a cut or bracket leaves. */
    readonly meaningChanged: SeverityName;
    readonly misquoted: SeverityName;
    readonly unverified: SeverityName;
    readonly citationMismatch: SeverityName;
  };
  readonly hoverEnabled: boolean;
  /** A quiet mark after each verified quotation. */
  readonly verifiedMarks: boolean;
}

/** The name of one setting of {@link Settings}. */
export type SettingName = keyof Settings;

/**
 * Reads the settings through `get`, which is given a setting's name below `verbatim.` (`sources`,
 * `severity.misquoted`, `hover.enabled`) and answers its value or undefined; values of the wrong
 * type fall back to the defaults.
 */
export function parseSettings(get: (name: string) => unknown): Settings {
  const style = get('citationStyle');
  const severity = (name: string, fallback: SeverityName): SeverityName => {
    const v = get(`severity.${name}`);
    return (SEVERITY_NAMES as readonly unknown[]).includes(v) ? (v as SeverityName) : fallback;
  };
  const strings = (name: string, fallback: string[]) => {
    const v = get(name);
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : fallback;
  };
  const words = Number(get('minQuoteWords') ?? 4);
  return {
    sources: strings('sources', ['sources/**/*.{txt,md}']),
    includeBundledSources: get('includeBundledSources') !== false,
    citationStyle: (CITATION_STYLES as readonly unknown[]).includes(style) ? (style as CitationStyle) : 'pandoc',
    minQuoteWords: Math.max(1, Math.floor(words) || 4),
    languages: strings('languages', ['markdown', 'plaintext']),
    severity: {
      meaningChanged: severity('meaningChanged', 'error'),
      misquoted: severity('misquoted', 'warning'),
      unverified: severity('unverified', 'information'),
      citationMismatch: severity('citationMismatch', 'warning'),
    },
    hoverEnabled: get('hover.enabled') !== false,
    verifiedMarks: get('decorations.verified') !== false,
  };
}

/**
 * A `get` for {@link parseSettings} over the `verbatim` section as an object: nested as VS Code and
 * most clients send it (`{ severity: { misquoted } }`), or with dotted names (`{ "severity.misquoted" }`).
 */
export function sectionReader(section: unknown): (name: string) => unknown {
  const root = section !== null && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  return (name) => {
    if (Object.prototype.hasOwnProperty.call(root, name)) {
      return root[name];
    }
    let at: unknown = root;
    for (const part of name.split('.')) {
      if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, part)) {
        return undefined;
      }
      at = (at as Record<string, unknown>)[part];
    }
    return at;
  };
}

/** The settings by default (what an editor that sends none gets). */
export const DEFAULT_SETTINGS: Settings = parseSettings(() => undefined);

/** A change of the settings: the new ones and the names of those that differ from before. */
export interface SettingsChange {
  readonly settings: Settings;
  readonly changed: ReadonlySet<SettingName>;
}

/** The current settings and one event for their changes. */
export class SettingsStore {
  private settings: Settings;
  private readonly listeners = new Set<(change: SettingsChange) => void>();

  constructor(initial: Settings = DEFAULT_SETTINGS) {
    this.settings = initial;
  }

  get current(): Settings {
    return this.settings;
  }

  /** Calls `listener` after each change (the store already holds the new settings); returns a disposer. */
  onDidChange(listener: (change: SettingsChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Takes new settings; fires when any of them differs, and returns the change (undefined when none). */
  update(next: Settings): SettingsChange | undefined {
    const changed = new Set<SettingName>();
    for (const name of Object.keys(next) as SettingName[]) {
      if (JSON.stringify(next[name]) !== JSON.stringify(this.settings[name])) {
        changed.add(name);
      }
    }
    this.settings = next;
    if (changed.size === 0) {
      return undefined;
    }
    const change: SettingsChange = { settings: next, changed };
    [...this.listeners].forEach((l) => l(change));
    return change;
  }
}
