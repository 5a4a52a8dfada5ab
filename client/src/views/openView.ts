import type { ViewId } from './viewChoice.ts';

type Opener = (view: ViewId) => void;
let opener: Opener | undefined;

/** Lets code outside the views (search) bring a view forward, such as the map to centre on an agency. */
export function openView(view: ViewId): void {
  opener?.(view);
}

/** Called by the views while they are shown; returns the way to stop. */
export function handleOpenView(open: Opener): () => void {
  opener = open;
  return () => {
    if (opener === open) opener = undefined;
  };
}
