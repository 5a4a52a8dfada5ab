import {
  BoardMetaSchema,
  DEFAULT_DEFINITION,
  DEFAULT_TITLE,
  ReviewAnswerSchema,
  type BoardMeta,
  type ReviewAnswer,
} from '../model/board.ts';
import { metaMap, reviewMap, type BoardDoc } from './boardDoc.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';
import { describeIssue, describeValue, isNested, readEntry, type BoardProblem } from './readEntry.ts';

const META_DEFAULTS = { title: DEFAULT_TITLE, definition: DEFAULT_DEFINITION };

/**
 * Each meta field on its own: one that cannot be read falls back to its default and is reported,
 * and the others are kept.
 */
export function readMeta(doc: BoardDoc, problems: BoardProblem[]): BoardMeta {
  const meta = metaMap(doc);
  const fieldProblem = (field: string, message: string) =>
    problems.push({ entity: 'meta', id: field, message: `${field}: ${message}`, kind: 'unreadable' });

  const text = (field: keyof typeof META_DEFAULTS): string => {
    if (!meta.has(field)) return META_DEFAULTS[field];
    const value: unknown = meta.get(field);
    const parsed = BoardMetaSchema.shape[field].safeParse(isNested(value) ? undefined : value);
    if (parsed.success) return parsed.data;
    const found = typeof value === 'string' ? 'longer text' : describeValue(value);
    fieldProblem(field, `expected text of at most ${field === 'title' ? 200 : 5000} characters, found ${found}`);
    return META_DEFAULTS[field];
  };

  const reviewAnswers: Record<string, ReviewAnswer> = {};
  reviewMap(doc).forEach((value: unknown, question) => {
    // A plain string is an answer from before schema 2, or from a peer still on an older version.
    if (typeof value === 'string') {
      const parsed = ReviewAnswerSchema.safeParse({ answer: value, changedBy: '', status: 'open' });
      if (parsed.success) reviewAnswers[question] = parsed.data;
      else fieldProblem(`review:${question}`, parsed.error.issues.map((i) => describeIssue(i, { answer: value })).join('; '));
      return;
    }
    const read = readEntry(question, value, ReviewAnswerSchema);
    if (read.ok) reviewAnswers[question] = read.value;
    else fieldProblem(`review:${question}`, read.message);
  });

  return {
    title: text('title'),
    definition: text('definition'),
    reviewAnswers,
    schemaVersion: readSchemaVersion(meta.get('schemaVersion'), fieldProblem),
  };
}

/** Only the server's migrations write the version; an odd one is reported and read as "before versioning" (0). */
function readSchemaVersion(value: unknown, fieldProblem: (field: string, message: string) => void): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    const found = typeof value === 'number' ? String(value) : describeValue(value);
    fieldProblem('schemaVersion', `expected a whole number of 0 or more, found ${found}`);
    return 0;
  }
  if (value > CURRENT_SCHEMA_VERSION) {
    fieldProblem(
      'schemaVersion',
      `${value} is newer than this version of Partnermap knows (${CURRENT_SCHEMA_VERSION}); fields it does not know are left out`,
    );
  }
  return value;
}

