import { useEffect, useId, useState } from 'react';
import { ImportBoard } from '../import/ImportBoard.tsx';
import { createBoard } from '../app/api.ts';
import { RecentBoards } from './RecentBoards.tsx';
import { navigate } from '../app/router.ts';
import { keepAppForOffline } from '../app/keepAppOffline.ts';

/** `/`: create a board, or reopen one opened on this device. */
export function HomePage() {
  useEffect(() => {
    document.title = 'Partnermap';
    keepAppForOffline();
  }, []);
  return (
    <main className="home">
      <header className="home__header">
        <span className="brand">
          <span className="brand__mark" aria-hidden />
          Partnermap
        </span>
      </header>
      <section className="home__hero">
        <h1>Map your partnership, together</h1>
        <p>
          Agencies, the relationships between them, what each gives the other, and the partnerships they form: on one live
          board for everyone in the room or across the county.
        </p>
      </section>
      <div className="home__grid">
        <CreateBoard />
        <RecentBoards />
        <ImportBoard />
      </div>
    </main>
  );
}

function CreateBoard() {
  const titleId = useId();
  const goalId = useId();
  const [title, setTitle] = useState('');
  const [goal, setGoal] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await createBoard(title.trim(), goal.trim());
      navigate(created.editPath);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The board could not be created.');
      setBusy(false);
    }
  };

  return (
    <form
      className="card create-board"
      aria-labelledby={`${titleId}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${titleId}-heading`}>Create a board</h2>
      <div className="field">
        <label htmlFor={titleId} className="field__label">
          Board title
        </label>
        <input
          id={titleId}
          type="text"
          required
          maxLength={200}
          value={title}
          placeholder="e.g. Hospital discharge in Northshire"
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={goalId} className="field__label">
          The partnership's goal
        </label>
        <textarea
          id={goalId}
          rows={3}
          maxLength={2000}
          value={goal}
          placeholder="An outcome for people who use services, e.g. “Older people leave hospital as soon as they are well, to a safe home”"
          onChange={(e) => setGoal(e.target.value)}
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary button--large" disabled={busy || !title.trim()}>
        {busy ? 'Creating…' : 'Create board'}
      </button>
    </form>
  );
}
