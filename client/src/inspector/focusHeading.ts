/**
 * Moves focus to the inspector's heading once React has drawn it: after Connect, Delete, a "with X"
 * link or forming a partnership, the control that was pressed is gone, and focus would otherwise
 * fall to the page's body (issue 16). The heading names what is now selected.
 */
export function focusInspectorHeading(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.inspector .inspector__body h2')?.focus());
}
