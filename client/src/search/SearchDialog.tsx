import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { agencyNames } from '@partnermap/shared/model';
import { useBoardContext } from '../app/BoardContext.ts';
import { useSelection } from '../selection/selection.ts';
import { rankItems, type SearchItem } from './ranking.ts';
import { kindWord, searchItems } from './searchItems.ts';
import { focusOnNeighbours, showItem, showRoutes } from './showItem.ts';
import './search.css';

interface Props {
  onClose: () => void;
}

/**
 * Finds agencies, relationships, partnerships and goals by name: the WAI-ARIA combobox pattern
 * (typing filters the list, arrows move, Enter picks, Escape closes). For an agency, Shift+Enter
 * focuses on its neighbours and Alt+Enter lights the routes to it from the agency selected.
 */
export function SearchDialog({ onClose }: Props) {
  const { board } = useBoardContext();
  const { selection, select } = useSelection();
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const items = useMemo(() => searchItems(board), [board]);
  const results = useMemo(() => rankItems(items, query), [items, query]);
  const current: SearchItem | undefined = results[Math.min(active, results.length - 1)]?.item;
  const nameOf = agencyNames(board);
  const from = selection.agencyIds.length === 1 ? selection.agencyIds[0] : undefined;
  const canRoute = current?.kind === 'agency' && from !== undefined && from !== current.id;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  // Closed before focus goes back: while the dialog is modal, the rest of the page cannot take focus.
  const close = () => {
    dialog.current?.close();
    onClose();
  };

  const act = (how: 'show' | 'focus' | 'routes', item = current) => {
    if (!item) return;
    if (how === 'focus' && item.kind === 'agency') focusOnNeighbours(board, item.id, select);
    else if (how === 'routes' && item.kind === 'agency' && from && from !== item.id) showRoutes(from, item.id, select);
    else showItem(board, item, select);
    close();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = results.length;
    if (e.key === 'ArrowDown' && n > 0) setActive((i) => (Math.min(i, n - 1) + 1) % n);
    else if (e.key === 'ArrowUp' && n > 0) setActive((i) => (Math.min(i, n - 1) - 1 + n) % n);
    else if (e.key === 'Enter') act(e.shiftKey ? 'focus' : e.altKey ? 'routes' : 'show');
    else return;
    e.preventDefault();
  };

  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <dialog
      ref={dialog}
      className="dialog search"
      aria-labelledby={`${listId}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id={`${listId}-title`} className="visually-hidden">
        Search the board
      </h2>
      <input
        className="search__input"
        type="text"
        role="combobox"
        aria-label="Search agencies, relationships, partnerships and goals"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(Math.min(active, results.length - 1)) : undefined}
        placeholder="Find an agency, relationship, partnership or goal"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="search__results" role="listbox" id={listId} aria-label="Found on this board">
        {results.map(({ item }, i) => (
          <li
            key={`${item.kind}:${item.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={item === current}
            className="search__option"
            data-kind={item.kind}
            onMouseMove={() => setActive(i)}
            onClick={() => act('show', item)}
          >
            <span className="search__kind">{kindWord(item.kind)}</span>
            <span className="search__label">{item.label}</span>
            {item.kind === 'agency' && item.also.length > 0 && <span className="search__also">{item.also.at(-1)}</span>}
          </li>
        ))}
      </ul>
      <p className="search__status" role="status">
        {query.trim() === ''
          ? 'Type part of a name. Agencies are also found by their initials and sector.'
          : results.length === 0
            ? `Nothing on this board matches “${query.trim()}”.`
            : `${results.length} found. Up and down arrows to move, Enter to go to it.`}
      </p>
      {current?.kind === 'agency' && (
        <div className="search__actions">
          <button type="button" className="button" onClick={() => act('show')}>
            Go to
          </button>
          <button type="button" className="button" onClick={() => act('focus')}>
            Focus on neighbours <kbd>Shift+Enter</kbd>
          </button>
          {canRoute && (
            <button type="button" className="button" onClick={() => act('routes')}>
              Path from {nameOf(from)} <kbd>Alt+Enter</kbd>
            </button>
          )}
        </div>
      )}
    </dialog>
  );
}
