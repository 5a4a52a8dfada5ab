import type { z } from 'zod';

/** One thing wrong with an imported file: where (a row, column or field path) and what. */
export interface ImportProblem {
  where: string;
  message: string;
}

/**
 * Thrown by every importer when a file cannot be taken in whole. Imports are all-or-nothing, so
 * it carries every problem found, not just the first, for the person to fix in one go.
 */
export class ImportError extends Error {
  readonly problems: ImportProblem[];

  constructor(problems: ImportProblem[]) {
    const shown = problems.slice(0, 5).map(describeProblem).join('\n');
    const more = problems.length > 5 ? `\n...and ${problems.length - 5} more` : '';
    super(`The file could not be imported:\n${shown}${more}`);
    this.name = 'ImportError';
    this.problems = problems;
  }
}

export function describeProblem(p: ImportProblem): string {
  return p.where ? `${p.where}: ${p.message}` : p.message;
}

/** A zod path as a person reads it: `agencies[3].sector`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function zodProblems(error: z.ZodError, prefix = ''): ImportProblem[] {
  return error.issues.map((issue) => ({ where: formatPath(issue.path, prefix), message: issue.message }));
}

/** Throws an ImportError if any problem was collected. */
export function refuseIfProblems(problems: ImportProblem[]): void {
  if (problems.length > 0) throw new ImportError(problems);
}

/**
 * Parses a JSON file as chosen or uploaded: a byte order mark (left by some Windows editors) is
 * dropped, and text that is not JSON is refused in plain words.
 */
export function parseJsonFile(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError([{ where: '', message: `this is not a JSON file (${(e as Error).message})` }]);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
