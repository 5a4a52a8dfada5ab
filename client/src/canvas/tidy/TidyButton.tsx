import { useId } from 'react';
import { useBoardContext } from '../../app/BoardContext.ts';
import { useTidy } from './useTidy.ts';

/**
 * The toolbar's "Tidy the map". When it cannot be used it stays focusable (aria-disabled) and
 * says why, on hover and to a screen reader, rather than vanishing.
 */
export function TidyButton() {
  const { board, readOnly } = useBoardContext();
  const tidy = useTidy();
  const reasonId = useId();
  const reason = readOnly
    ? 'This is a view-only link: agencies cannot be moved.'
    : board.agencies.length < 2
      ? 'Add two or more agencies first.'
      : undefined;
  return (
    <>
      <button
        type="button"
        className="button"
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason ?? 'Arrange the agencies so that none overlap and partners sit together (one step to undo)'}
        onClick={() => {
          if (!reason) tidy();
        }}
      >
        Tidy the map
      </button>
      {reason && (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      )}
    </>
  );
}
