import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { addExchange, updateRelationship } from '@partnermap/shared/doc';
import {
  CURRENCIES,
  CURRENCY_LABELS,
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  INTEGRATION_MEANINGS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_KIND_LABELS,
  PARTNERSHIP_KIND_MEANINGS,
  agencyNames,
  type Currency,
  type Relationship,
} from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { useAttempt } from '../../inspector/useAttempt.ts';
import { useSelection, type Selection } from '../../selection/selection.ts';
import { shiftIntoView } from '../keyboard/navigation.ts';
import { mapOnScreen, screenRect } from '../mapOnScreen.ts';
import { CURRENCY_SHORT } from '../palette.ts';
import { nextIndex, shortName } from './keys.ts';
import './quickBar.css';

interface Props {
  relationship: Relationship;
}

/**
 * The selection whose bar was last placed clear of the panels. A selection is a new object
 * whenever it changes, and the same one while the view is panned.
 */
let placedFor: Selection | undefined;

interface Side {
  from: string;
  to: string;
}

/**
 * Quick entry on the map for the selected relationship: its degree of integration, its kind, and
 * an exchange either way in two picks (who gives, then the currency). A toolbar: Tab reaches it
 * once, the arrow keys (and Home, End) move between its buttons, Escape closes the currencies.
 * The meaning of the choice hovered or focused shows on the bar's last line.
 */
export function QuickBar({ relationship: r }: Props) {
  const { doc, board } = useBoardContext();
  const nameOf = agencyNames(board);
  const { problem, attempt } = useAttempt();
  const [giving, setGiving] = useState<Side | undefined>(undefined);
  const [hint, setHint] = useState<string | undefined>(undefined);
  const [done, setDone] = useState('');
  const [active, setActive] = useState(0);
  const bar = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const givenBy = (from: string) => board.exchanges.filter((x) => x.relationshipId === r.id && x.from === from);
  const sides: Side[] = [
    { from: r.source, to: r.target },
    { from: r.target, to: r.source },
  ];

  const rf = useReactFlow();
  // Opened (or grown by the currencies) under the legend or past the map's edge, the bar moves
  // the view just enough to be clear of them. Drawn again as its line comes back into view during
  // a pan, it moves nothing: the view is the person's then.
  const { selection } = useSelection();
  useEffect(() => {
    if (!giving && placedFor === selection) return;
    const frame = requestAnimationFrame(() => {
      placedFor = selection;
      const map = mapOnScreen();
      const shift = bar.current && map && shiftIntoView(screenRect(bar.current), map.bounds, map.panels);
      if (!shift) return;
      const { x, y, zoom } = rf.getViewport();
      void rf.setViewport({ x: x + shift.dx, y: y + shift.dy, zoom });
    });
    return () => cancelAnimationFrame(frame);
  }, [rf, giving, selection]);

  const buttons = () => [...(bar.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && giving) {
      e.stopPropagation();
      setGiving(undefined);
      opener.current?.focus();
      return;
    }
    const list = buttons();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const next = nextIndex(e.key, at, list.length);
    if (next === undefined) return;
    e.preventDefault();
    list[next]?.focus();
  };
  // Roving focus: the bar is one Tab stop, at the button last focused.
  const stop = (i: number) => ({
    tabIndex: i === active ? 0 : -1,
    onFocus: () => setActive(i),
  });
  let index = 0;
  const explain = (text: string) => ({
    onMouseEnter: () => setHint(text),
    onMouseLeave: () => setHint(undefined),
    onFocusCapture: () => setHint(text),
    onBlurCapture: () => setHint(undefined),
  });

  const give = (side: Side, currency: Currency) => {
    const added = attempt(() => addExchange(doc, { relationshipId: r.id, ...side, currency, description: '' }));
    if (!added) return;
    setDone(`Added: ${nameOf(side.from)} gives ${nameOf(side.to)} ${CURRENCY_LABELS[currency].toLowerCase()}.`);
    setGiving(undefined);
    opener.current?.focus();
  };

  return (
    <div
      ref={bar}
      className="quick-bar"
      role="toolbar"
      aria-label={`Quick entry: ${nameOf(r.source)} and ${nameOf(r.target)}`}
      onKeyDown={onKeyDown}
      data-testid="quick-bar"
    >
      <div className="quick-bar__row">
        <div role="group" aria-label="Degree of integration" className="quick-bar__group">
          {INTEGRATION_DEGREES.map((d) => {
            const i = index++;
            return (
              <button
                key={d}
                type="button"
                className="quick-bar__choice"
                aria-pressed={r.integration === d}
                aria-description={INTEGRATION_MEANINGS[d]}
                title={`${INTEGRATION_LABELS[d]}: ${INTEGRATION_MEANINGS[d]}`}
                onClick={() => attempt(() => updateRelationship(doc, r.id, { integration: d }))}
                {...stop(i)}
                {...explain(`${INTEGRATION_LABELS[d]}: ${INTEGRATION_MEANINGS[d]}`)}
              >
                {/* The name is what is seen, "1 Communication", as voice control users will say it. */}
                <span className="quick-bar__step">{d}</span> {INTEGRATION_LABELS[d]}
              </button>
            );
          })}
        </div>
      </div>
      <div className="quick-bar__row">
        <div role="group" aria-label="Kind of partnership" className="quick-bar__group">
          {PARTNERSHIP_KINDS.map((k) => {
            const i = index++;
            return (
              <button
                key={k}
                type="button"
                className="quick-bar__choice"
                aria-pressed={r.kind === k}
                aria-description={PARTNERSHIP_KIND_MEANINGS[k]}
                title={`${PARTNERSHIP_KIND_LABELS[k]}: ${PARTNERSHIP_KIND_MEANINGS[k]}`}
                onClick={() => attempt(() => updateRelationship(doc, r.id, { kind: k }))}
                {...stop(i)}
                {...explain(`${PARTNERSHIP_KIND_LABELS[k]}: ${PARTNERSHIP_KIND_MEANINGS[k]}`)}
              >
                {PARTNERSHIP_KIND_LABELS[k]}
              </button>
            );
          })}
        </div>
      </div>
      <div role="group" aria-label="Add an exchange" className="quick-bar__gives">
        {sides.map((side) => {
          const i = index++;
          const open = giving?.from === side.from;
          const words = `${nameOf(side.from)} gives ${nameOf(side.to)}`;
          const given = [...new Set(givenBy(side.from).map((x) => CURRENCY_SHORT[x.currency]))];
          return (
            <div key={side.from} className="quick-bar__side">
              <button
                key={side.from}
                type="button"
                className="quick-bar__give"
                aria-expanded={open}
                title={`Add an exchange: ${words}`}
                onClick={(e) => {
                  opener.current = e.currentTarget;
                  setGiving(open ? undefined : side);
                  setDone('');
                }}
                {...stop(i)}
              >
                {/* Named by what is seen (agency names may be shortened), with the purpose first for screen readers. */}
                <span aria-hidden>+</span> <span className="visually-hidden">Add an exchange: </span>
                {shortName(nameOf(side.from))} <span className="quick-bar__gives-word">gives</span> {shortName(nameOf(side.to))}
              </button>
              <span className="quick-bar__given">{given.length ? given.join(' · ') : 'nothing yet'}</span>
            </div>
          );
        })}
      </div>
      {giving && (
        <div role="group" aria-label={`What ${nameOf(giving.from)} gives ${nameOf(giving.to)}`} className="quick-bar__currencies">
          {CURRENCIES.map((c) => {
            const i = index++;
            return (
              <button
                key={c}
                type="button"
                className="quick-bar__currency"
                aria-label={CURRENCY_LABELS[c]}
                title={CURRENCY_LABELS[c]}
                onClick={() => give(giving, c)}
                {...stop(i)}
                {...explain(CURRENCY_LABELS[c])}
              >
                {CURRENCY_SHORT[c]}
              </button>
            );
          })}
        </div>
      )}
      <p className="quick-bar__hint" role="status">
        {problem ?? hint ?? done}
      </p>
    </div>
  );
}
