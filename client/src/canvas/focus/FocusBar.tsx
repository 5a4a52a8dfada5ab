import { Panel } from '@xyflow/react';
import { agencyNames } from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { FOCUS_STEPS, setMapFocus, useMapFocus } from './mapFocus.ts';
import type { FocusResult } from './useFocusReach.ts';

/** Over the map while it is focused: what it shows, the steps out, and the way back to the whole map. */
export function FocusBar({ result }: { result: FocusResult | undefined }) {
  const focus = useMapFocus();
  const { board } = useBoardContext();
  if (!focus) return null;
  const nameOf = agencyNames(board);
  let message: string;
  if (focus.kind === 'neighbours') {
    message = `Showing ${nameOf(focus.agencyId)} and the agencies up to`;
  } else {
    const from = nameOf(focus.fromId);
    const to = nameOf(focus.toId);
    const routes = result?.routes;
    message = !routes
      ? `Finding routes from ${from} to ${to}…`
      : routes.steps === undefined
        ? `No route joins ${from} and ${to}: no chain of relationships leads from one to the other.`
        : `${routes.count === 1 ? 'The shortest route' : `${routes.count} shortest routes`} from ${from} to ${to}: ` +
          `${routes.steps} ${routes.steps === 1 ? 'relationship' : 'relationships'} long.`;
  }
  return (
    <Panel position="top-center" className="focus-bar panel" data-testid="focus-bar">
      <span role="status">{message}</span>
      {focus.kind === 'neighbours' && (
        <span className="focus-bar__steps" role="group" aria-label="Steps out">
          {FOCUS_STEPS.map((steps) => (
            <button
              key={steps}
              type="button"
              className="chip"
              aria-pressed={focus.steps === steps}
              onClick={() => setMapFocus({ ...focus, steps })}
            >
              {steps}
            </button>
          ))}
          {focus.steps === 1 ? 'step' : 'steps'} away
        </span>
      )}
      <button type="button" className="button" onClick={() => setMapFocus(null)}>
        Show the whole map
      </button>
    </Panel>
  );
}
