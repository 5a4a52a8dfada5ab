import { EXPORT_FILES, type ExportFile, type ExportFileId } from '@partnermap/shared/formats';

/** One file the Export menu offers under "Data", made in the browser so it works offline too. */
export interface DataFile extends ExportFile {
  id: ExportFileId;
  label: string;
  /** Who the file is for, in the menu's small print. */
  hint: string;
}

const MENU: readonly Pick<DataFile, 'id' | 'label' | 'hint'>[] = [
  { id: 'json', label: 'Whole board (JSON)', hint: 'To keep, or to start a new board from' },
  { id: 'agencies-csv', label: 'Agencies (CSV)', hint: 'For a spreadsheet' },
  { id: 'relationships-csv', label: 'Relationships (CSV)', hint: 'For a spreadsheet' },
  { id: 'exchanges-csv', label: 'Exchanges (CSV)', hint: 'For a spreadsheet' },
  { id: 'gexf', label: 'Network for Gephi (GEXF)', hint: 'Opens in Gephi' },
  { id: 'graphml', label: 'Network for yEd (GraphML)', hint: 'Opens in yEd and most network tools' },
];

export const DATA_FILES: readonly DataFile[] = MENU.map((item) => ({ ...item, ...EXPORT_FILES[item.id] }));

/** Hands a file to the browser's downloads, as a link to a Blob. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
