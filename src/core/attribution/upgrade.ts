import { Entity } from './entities';
import { fullerName } from './fullerName';
import { nameKey, nameParts } from './names';


/**
 * Gives speakers named by surname alone the fullest form the text gives them anywhere (paragraphs
 * far from a quotation are not read in full): "Zelensky said" in paragraph 7 becomes "Volodymyr
 * Zelensky", "Ukrainian President", from paragraph 1.
 */
export function upgradeNames(text: string, speakers: readonly Entity[]): void {
  const seen = new Set<Entity>();
  for (const e of speakers) {
    if (seen.has(e) || e.kind !== 'person' || !e.parts || e.parts.given.length > 0) {
      continue;
    }
    seen.add(e);
    const p = fullerName(text, e.parts.surname, e.key);
    if (p) {
      e.name = p.name;
      e.parts = nameParts(p.name);
      e.key = nameKey(p.name);
      e.description = p.description ?? e.description;
      e.gender ??= p.gender;
    }
  }
}
