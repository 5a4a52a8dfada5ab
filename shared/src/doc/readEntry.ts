import * as Y from 'yjs';
import type { z } from 'zod';
import type { RootName } from './boardDoc.ts';

/**
 * Something on the board that was left out of the plain view, and why. Never thrown at the UI.
 * - `unreadable`: the entry (or meta field) has a shape or value the model does not allow; an
 *   entry is set aside, a meta field falls back to its default.
 * - `dangling`: it points at something a colleague removed meanwhile (a relationship whose agency
 *   is gone); it is left out or trimmed, as the removal meant.
 * - `duplicate`: a second relationship between the same two agencies; shown as the first one.
 */
export interface BoardProblem {
  entity: RootName | 'meta';
  id: string;
  message: string;
  kind: 'unreadable' | 'dangling' | 'duplicate';
}

export type EntitySchema<T> = z.ZodType<T> & { shape: Record<string, unknown> };

/** What a stored value is, in words, for a problem's message. */
export function describeValue(value: unknown): string {
  if (value instanceof Y.Map) return 'a nested map';
  if (value instanceof Y.Array) return 'a nested list';
  if (value instanceof Y.Text || value instanceof Y.XmlFragment) return 'nested text';
  if (value instanceof Y.AbstractType || value instanceof Y.Doc) return 'a nested document';
  if (value instanceof Uint8Array) return 'binary data';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value === 'object' ? 'an object' : String(typeof value);
}

/** Yjs types (and sub-documents) are never plain values: a field holding one is reported, not walked. */
export function isNested(value: unknown): boolean {
  return value instanceof Y.AbstractType || value instanceof Y.Doc;
}

/**
 * Reads one entry shallowly: only the fields the schema knows, one level deep, so that a peer's
 * deep nesting or unexpected fields cost nothing and cannot overflow the stack.
 */
export function readEntry<T>(
  id: string,
  entry: unknown,
  schema: EntitySchema<T>,
): { ok: true; value: T } | { ok: false; message: string } {
  if (!(entry instanceof Y.Map)) {
    return { ok: false, message: `expected an entry of fields, found ${describeValue(entry)}` };
  }
  const fields: Record<string, unknown> = { id };
  const nested: string[] = [];
  for (const key of Object.keys(schema.shape)) {
    if (key === 'id' || !entry.has(key)) continue;
    const value: unknown = entry.get(key);
    if (isNested(value)) nested.push(`${key}: expected a plain value, found ${describeValue(value)}`);
    else fields[key] = value;
  }
  if (nested.length) return { ok: false, message: nested.join('; ') };
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Fields left out entirely are named together, so an entry written by some other app reads in one line.
  const missing = parsed.error.issues.filter((issue) => valueAt(fields, issue.path) === undefined);
  const wrong = parsed.error.issues.filter((issue) => !missing.includes(issue));
  const clauses = wrong.map((issue) => describeIssue(issue, fields));
  if (missing.length) clauses.push(`missing: ${missing.map((issue) => issue.path.join('.')).join(', ')}`);
  return { ok: false, message: clauses.join('; ') };
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** A stored value as a person would quote it: short text in quotes, numbers as they are. */
function quote(value: unknown): string {
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (typeof value === 'number') return String(value);
  return describeValue(value);
}

/** The plain value a zod issue points at (its path is a few keys deep at most). */
function valueAt(fields: unknown, path: readonly PropertyKey[]): unknown {
  let value = fields;
  for (const key of path) {
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/** One field at fault, in words a person can check against the board: "sector: “helth” is not one of the choices". */
export function describeIssue(issue: z.core.$ZodIssue, fields: unknown): string {
  const value = valueAt(fields, issue.path);
  let what: string;
  if (issue.code === 'invalid_type') {
    what = `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(value)}`;
  } else if (issue.code === 'invalid_value' || issue.code === 'invalid_union') {
    what = `${quote(value)} is not one of the choices`;
  } else if (issue.code === 'too_big') {
    what = typeof value === 'string' ? `longer than ${issue.maximum} characters` : `more than ${issue.maximum}`;
  } else {
    what = issue.message;
  }
  return issue.path.length ? `${issue.path.join('.')}: ${what}` : what;
}

