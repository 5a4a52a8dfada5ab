import { createContext, useContext } from 'react';

/** What is selected on the board: the map, the inspector and the analysis views share it. */
export interface Selection {
  agencyIds: readonly string[];
  relationshipIds: readonly string[];
  partnershipId: string | undefined;
}

/** The selection with the means to change it; `select({})` clears it. */
export interface SelectionControls {
  selection: Selection;
  select(next: Partial<Selection>): void;
  /** The agency whose name field should take focus (one just added). */
  focusNameOf: string | undefined;
}

export const SelectionContext = createContext<SelectionControls | null>(null);

/** The open board's selection, for any view to read and set. */
export function useSelection(): SelectionControls {
  const value = useContext(SelectionContext);
  if (!value) throw new Error('useSelection is used outside an open board');
  return value;
}
