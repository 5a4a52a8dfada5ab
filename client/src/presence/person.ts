import { PRESENCE_COLOURS } from '@partnermap/shared/presence';

/** Who is using this device, as colleagues see them on a board. Remembered in localStorage. */
export interface Person {
  name: string;
  colour: string;
}

const KEY = 'partnermap.person';
export const MAX_NAME_LENGTH = 60;

/** A display name as typed, tidied; undefined when nothing usable is left. */
export function cleanName(raw: string): string | undefined {
  const name = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
  return name || undefined;
}

export function readPerson(storage: Pick<Storage, 'getItem'> = localStorage): Person | undefined {
  try {
    const parsed = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Person> | null;
    const name = typeof parsed?.name === 'string' ? cleanName(parsed.name) : undefined;
    const colour = parsed?.colour;
    if (!name || typeof colour !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(colour)) return undefined;
    return { name, colour };
  } catch {
    return undefined;
  }
}

/**
 * Saves a (new) display name. The colour is drawn once per device and kept across renames, so
 * that colleagues keep recognising the same person.
 */
export function savePerson(
  rawName: string,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
  random: () => number = Math.random,
): Person | undefined {
  const name = cleanName(rawName);
  if (!name) return undefined;
  const colour = readPerson(storage)?.colour ?? PRESENCE_COLOURS[Math.floor(random() * PRESENCE_COLOURS.length)] ?? PRESENCE_COLOURS[0];
  const person = { name, colour };
  storage.setItem(KEY, JSON.stringify(person));
  return person;
}

/** One or two letters for an avatar: "Priya Shah" → "PS", "ward 7" → "W7". */
export function initials(name: string): string {
  const words = name.split(' ').filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [name];
  return letters.map((w) => [...(w ?? '')][0] ?? '').join('').toUpperCase() || '?';
}
