import { createContext, useContext } from 'react';
import { WHOLE_BOARD, type ExportView } from './pageChoice.ts';

/**
 * What the map on screen is showing (its filter), for the Export menu in the top bar. The board
 * provides it where the filter is held, with `exportView(filters, lit)`; without it, the image
 * shows the whole board as is.
 */
export const ExportViewContext = createContext<ExportView>(WHOLE_BOARD);

export const useExportView = (): ExportView => useContext(ExportViewContext);
