import { useCallback, useState } from 'react';
import { MissingEntityError, ReadOnlyBoardError } from '@partnermap/shared/doc';

/**
 * Plain words for an edit the board refused because of what others did meanwhile (its target was
 * just removed) or because the link is view-only; undefined for anything else, which is a fault.
 */
export function softFailure(error: unknown): string | undefined {
  if (error instanceof MissingEntityError) {
    return `That ${error.noun} is no longer on the board: a colleague may have just removed it. Nothing was changed.`;
  }
  if (error instanceof ReadOnlyBoardError) return 'This link is view-only, so the board cannot be changed from here.';
  return undefined;
}

/**
 * Runs an edit and, if the board refuses it for a reason a person can act on, keeps the reason to
 * show next to the control instead of throwing it at the console. Faults are rethrown.
 */
export function useAttempt(): { problem: string | undefined; attempt: <T>(edit: () => T) => T | undefined } {
  const [problem, setProblem] = useState<string>();
  const attempt = useCallback(<T,>(edit: () => T): T | undefined => {
    try {
      const result = edit();
      setProblem(undefined);
      return result;
    } catch (error) {
      const words = softFailure(error);
      if (words === undefined) throw error;
      setProblem(words);
      return undefined;
    }
  }, []);
  return { problem, attempt };
}
