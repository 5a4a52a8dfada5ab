import { useId, useState } from 'react';
import { agencyName, type Agency } from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { Section } from '../../inspector/fields.tsx';
import { openView } from '../../views/openView.ts';
import { setMapFocus, useMapFocus } from './mapFocus.ts';

/** In an agency's inspector: look at its neighbourhood, or at the routes from it to another agency. */
export function FocusActions({ agency }: { agency: Agency }) {
  const { board } = useBoardContext();
  const focus = useMapFocus();
  const pathId = useId();
  const [toId, setToId] = useState('');
  const others = board.agencies.filter((a) => a.id !== agency.id);
  const focused = focus?.kind === 'neighbours' && focus.agencyId === agency.id;
  const target = others.find((a) => a.id === toId);

  return (
    <Section title="Focus">
      <p className="hint">Dim the rest of the map to see who this agency works with, near or through others.</p>
      <button
        type="button"
        className="button"
        aria-pressed={focused}
        onClick={() => {
          setMapFocus(focused ? null : { kind: 'neighbours', agencyId: agency.id, steps: 1 });
          // The map shows what the focus lights once it is worked out (useFocusLit).
          if (!focused) openView('map');
        }}
      >
        {focused ? 'Show the whole map' : 'Focus on neighbours'}
      </button>
      {others.length > 0 && (
        <div className="inline-form">
          <label htmlFor={pathId} className="visually-hidden">
            Path to
          </label>
          <select id={pathId} value={target?.id ?? ''} onChange={(e) => setToId(e.target.value)}>
            <option value="">Path to…</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {agencyName(a)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={!target}
            onClick={() => {
              if (!target) return;
              setMapFocus({ kind: 'routes', fromId: agency.id, toId: target.id });
              openView('map');
            }}
          >
            Show routes
          </button>
        </div>
      )}
    </Section>
  );
}
