import { Panel } from '@xyflow/react';
import { MAP_KEYS_HELP_ID } from './useCanvasKeyboard.ts';

/** The keys of the map, read after an agency's or relationship's name (the inspector's tips show them too). */
export function MapKeysHelp({ readOnly }: { readOnly: boolean }) {
  return (
    <p id={MAP_KEYS_HELP_ID} className="visually-hidden">
      Arrow keys move between agencies. Enter selects; Ctrl+Enter, or Cmd+Enter on a Mac, adds to the selection. R goes
      through the agency's relationships.{readOnly ? '' : ' C connects it to another agency. Alt+arrows move a selected agency.'}{' '}
      Shift+arrows pan the map, plus and minus zoom, 0 shows the whole board.
    </p>
  );
}

/** While connecting by keyboard: what is happening and how to finish or cancel it. */
export function ConnectBanner({ from, onCancel }: { from: string; onCancel: () => void }) {
  return (
    <Panel position="bottom-center" className="connect-banner panel" data-testid="connect-banner">
      <span>
        Connecting <strong>{from}</strong>: choose the other agency with the arrow keys or by typing its name, then press
        Enter. Escape cancels.
      </span>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </Panel>
  );
}
