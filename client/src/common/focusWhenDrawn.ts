/** Frames to go on trying, about a second: then focus is left where it is. */
const FRAMES = 60;

interface Options {
  /** How many frames to go on trying; FRAMES when not said. */
  frames?: number;
  /** Checked before each try: false once focus is no longer wanted there (the person moved it). */
  wanted?: () => boolean;
  /** Told when it never could. */
  onGiveUp?: () => void;
}

/**
 * Focuses what `find` returns as soon as it can take focus, trying now and then once a frame:
 * React Flow draws only what is in view, and keeps a card hidden (unable to take focus) until it
 * has measured it. Returns a cancel.
 */
export function focusWhenDrawn(find: () => HTMLElement | null | undefined, { frames = FRAMES, wanted = () => true, onGiveUp }: Options = {}): () => void {
  let frame = 0;
  let left = frames;
  const attempt = () => {
    if (!wanted()) return;
    const target = find();
    target?.focus();
    if (target && document.activeElement === target) return;
    if (--left > 0) frame = requestAnimationFrame(attempt);
    else onGiveUp?.();
  };
  attempt();
  return () => cancelAnimationFrame(frame);
}
