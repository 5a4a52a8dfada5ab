import { useId, useRef, useState } from 'react';
import { describeProblem, ImportError, type ImportProblem } from '@partnermap/shared/formats';
import type { Board } from '@partnermap/shared/model';
import { rememberBoard } from '../home/recentBoards.ts';
import { navigate } from '../app/router.ts';
import { uploadBoard } from './importApi.ts';
import './import.css';
import { boardFromFiles, ownTitleOf } from './readFiles.ts';

type State =
  | { step: 'choose' }
  | { step: 'reading' | 'uploading'; names: string }
  | { step: 'naming'; names: string; board: Board; title: string; ownTitle: boolean }
  | { step: 'refused'; names: string; message: string; problems: ImportProblem[] };

/**
 * "Start from a file" on the home page. Files are read and checked in the browser; only a board
 * with nothing wrong is sent to the server, so a refused file never leaves a half-made board.
 */
export function ImportBoard() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [state, setState] = useState<State>({ step: 'choose' });

  const start = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const names = files.map((f) => f.name).join(', ');
    setState({ step: 'reading', names });
    try {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const board = boardFromFiles(read);
      const own = ownTitleOf(read, board);
      setState({ step: 'naming', names, board, title: own ?? '', ownTitle: own !== undefined });
    } catch (e) {
      refused(e, names);
    } finally {
      // The same file, once fixed, can be chosen again.
      if (input.current) input.current.value = '';
    }
  };

  const refused = (e: unknown, names: string) => {
    if (!(e instanceof ImportError)) throw e;
    const count = e.problems.length === 1 ? 'one thing' : `${e.problems.length} things`;
    setState({ step: 'refused', names, message: `Nothing was imported: ${count} to put right first.`, problems: e.problems });
  };

  const create = async (names: string, board: Board) => {
    setState({ step: 'uploading', names });
    try {
      const result = await uploadBoard(board);
      if (!result.ok) return setState({ step: 'refused', names, message: result.message, problems: result.problems });
      const { created } = result;
      // Like a board created here: listed on this device, with its view link kept for Share.
      rememberBoard({ id: created.id, token: created.editToken, role: 'edit', title: board.meta.title });
      navigate(created.editPath);
    } catch (e) {
      refused(e, names);
    }
  };

  const busy = state.step === 'reading' || state.step === 'uploading';
  return (
    <section className="card import-board" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Start from a file</h2>
      <p className="hint">
        A Partnermap export (.json); the list of agencies you already keep, as CSV with a “Name” column (add a
        relationships CSV with “From” and “To” columns to bring the connections); or a Kumu JSON export.
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        className="visually-hidden"
        accept=".json,.csv,application/json,text/csv"
        multiple
        disabled={busy}
        onChange={(e) => void start(e.target.files)}
      />
      <label htmlFor={inputId} className={`button button--large import-board__choose${busy ? ' is-disabled' : ''}`}>
        Choose files…
      </label>
      {state.step === 'naming' && (
        <form
          className="import-board__naming"
          onSubmit={(e) => {
            e.preventDefault();
            const title = state.title.trim();
            if (title) void create(state.names, { ...state.board, meta: { ...state.board.meta, title } });
          }}
        >
          <p>
            <strong>{state.names}</strong>: {state.board.agencies.length === 1 ? '1 agency' : `${state.board.agencies.length} agencies`}
            {' and '}
            {state.board.relationships.length === 1 ? '1 relationship' : `${state.board.relationships.length} relationships`} ready.
          </p>
          <div className="field">
            <label htmlFor={titleId} className="field__label">
              Title of the new board
            </label>
            <input
              id={titleId}
              type="text"
              required
              maxLength={200}
              autoFocus
              value={state.title}
              placeholder="e.g. Hospital discharge in Northshire"
              aria-describedby={`${titleId}-hint`}
              onChange={(e) => setState({ ...state, title: e.target.value })}
            />
            <p className="hint" id={`${titleId}-hint`}>
              {state.ownTitle ? 'The title saved in the file; change it if this is a copy.' : 'The file has no title of its own.'}
            </p>
          </div>
          <div className="import-board__actions">
            <button type="submit" className="button button--primary" disabled={!state.title.trim()}>
              Create board
            </button>
            <button type="button" className="button" onClick={() => setState({ step: 'choose' })}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {busy && (
        <p className="import-board__progress" role="status">
          <span className="spinner" aria-hidden />
          {state.step === 'reading' ? `Reading ${state.names}…` : `Creating the board from ${state.names}…`}
        </p>
      )}
      {state.step === 'refused' && (
        <div className="import-board__refused" role="alert">
          <p>
            <strong>{state.names}</strong>: {state.message}
          </p>
          {state.problems.length > 0 && (
            <ul data-testid="import-problems">
              {state.problems.map((p, i) => (
                <li key={i}>{describeProblem(p)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
