import { useId } from 'react';
import type { Board } from '@partnermap/shared/model';
import { exportFileName } from '@partnermap/shared/formats';
import { DATA_FILES, saveFile, type DataFile } from './dataFiles.ts';
import './export.css';
import { canCopyImage, useImageExport, type ImageFormat } from './useImageExport.ts';
import { useMenu } from './useMenu.ts';

const IMAGE_ITEMS: { format: ImageFormat; label: string; hint: string }[] = [
  { format: 'png', label: 'PNG picture', hint: 'For reports and slides' },
  { format: 'svg', label: 'SVG drawing', hint: 'Stays sharp at any size' },
  { format: 'copy', label: 'Copy image', hint: 'Paste into a document or email' },
];

/**
 * The top bar's Export menu: a picture of the whole map, or the board's data for spreadsheets,
 * Gephi, yEd or another Partnermap. Everyone with the link may export, view-only or not.
 */
export function ExportMenu({ board }: { board: Board }) {
  const menuId = useId();
  const { open, close, buttonProps, menuProps } = useMenu();
  const { status, exportImage, dismiss } = useImageExport(board);
  const empty = board.agencies.length === 0;
  const busy = status.state === 'busy';
  const images = IMAGE_ITEMS.filter((i) => i.format !== 'copy' || canCopyImage());

  const saveData = (file: DataFile) => {
    const blob = new Blob([file.write(board)], { type: `${file.type};charset=utf-8` });
    saveFile(blob, exportFileName(board.meta.title, file.id));
  };
  const choose = (action: () => void) => {
    close(true);
    action();
  };

  return (
    <div className="export-menu">
      <button type="button" className="button" aria-controls={open ? menuId : undefined} disabled={busy} {...buttonProps}>
        Export <span aria-hidden>▾</span>
      </button>
      {open && (
        <div id={menuId} aria-label="Export" className="export-menu__list panel" {...menuProps}>
          <div role="group" aria-labelledby={`${menuId}-image`}>
            <div id={`${menuId}-image`} className="export-menu__heading" role="presentation">
              Image of the whole map
            </div>
            {images.map((i) => (
              <button
                key={i.format}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="export-menu__item"
                disabled={empty}
                onClick={() => choose(() => exportImage(i.format))}
              >
                <span>{i.label}</span>
                <small>{empty ? 'Add an agency first' : i.hint}</small>
              </button>
            ))}
          </div>
          <div role="separator" className="export-menu__separator" />
          <div role="group" aria-labelledby={`${menuId}-data`}>
            <div id={`${menuId}-data`} className="export-menu__heading" role="presentation">
              Data
            </div>
            {DATA_FILES.map((f) => (
              <button
                key={f.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="export-menu__item"
                onClick={() => choose(() => saveData(f))}
              >
                <span>{f.label}</span>
                <small>{f.hint}</small>
              </button>
            ))}
          </div>
        </div>
      )}
      {status.state === 'busy' && (
        <div className="export-menu__status panel" role="status">
          <span className="spinner" aria-hidden /> Preparing image…
        </div>
      )}
      {status.state === 'done' && (
        <div className="export-menu__status panel" role="status">
          {status.message}
          <button type="button" className="icon-button" aria-label="Close this message" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
      {status.state === 'failed' && (
        <div className="export-menu__status export-menu__status--failed panel" role="alert">
          {status.message}
          <button type="button" className="icon-button" aria-label="Close this message" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
