/** Whether a key press is meant for a text field rather than for the board. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/**
 * The history command a key press asks for: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (and Ctrl+Y,
 * as on Windows) redoes. While typing, the text field keeps its own undo.
 */
export function historyCommand(e: KeyPress, typing: boolean): 'undo' | 'redo' | undefined {
  if (typing || e.altKey || !(e.ctrlKey || e.metaKey)) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}
