import type { Board } from '@partnermap/shared/model';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { boardToJson, type ImportProblem } from '@partnermap/shared/formats';

export type ImportResult =
  | { ok: true; created: CreatedBoard }
  | { ok: false; message: string; problems: ImportProblem[] };

/** Creates a new board on the server from a board read in the browser (POST /api/boards/import). */
export async function uploadBoard(board: Board): Promise<ImportResult> {
  let res: Response;
  try {
    res = await fetch('/api/boards/import', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: boardToJson(board),
    });
  } catch {
    return { ok: false, message: 'The server cannot be reached. Check your connection, then try again.', problems: [] };
  }
  if (res.status === 201) return { ok: true, created: (await res.json()) as CreatedBoard };
  if (res.status === 413) return { ok: false, message: 'This board is too large for the server to take.', problems: [] };
  const body = (await res.json().catch(() => ({}))) as { problems?: ImportProblem[] };
  return {
    ok: false,
    message: `The server refused the board (it answered ${res.status}).`,
    problems: Array.isArray(body.problems) ? body.problems : [],
  };
}
