import { useId, useState, type ReactNode } from 'react';
import type { Board } from '@partnermap/shared/model';
import { exportFileName } from '@partnermap/shared/formats';
import { PAGES, type PageId } from '@partnermap/shared/render';
import { DATA_FILES, saveFile, type DataFile } from './dataFiles.ts';
import './export.css';
import { useExportView } from './exportViewContext.ts';
import { PAGE_CHOICES, rememberedPage, rememberPage } from './pageChoice.ts';
import { canCopyImage, useMapExport, type ExportFormat } from './useMapExport.ts';
import { useMenu } from './useMenu.ts';

/** This device's storage, if the browser lets the page have it (reading it can throw when blocked). */
function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The top bar's Export menu: the map drawn from the board's data on a chosen page (SVG, PNG, or
 * copied), the partnership report as PDF from the server, or the board's data for spreadsheets,
 * Gephi, yEd or another Partnermap. Everyone with the link may export, view-only or not.
 */
export function ExportMenu({ board }: { board: Board }) {
  const id = useId();
  const { open, close, buttonProps, menuProps } = useMenu();
  const [page, setPage] = useState<PageId>(() => rememberedPage(deviceStorage()));
  const { view, summary } = useExportView();
  const { status, run, dismiss } = useMapExport(board, page, view);
  const empty = board.agencies.length === 0;
  const busy = status.state === 'busy';
  const pageLabel = PAGES[page].label;

  const choose = (action: () => void) => {
    close(true);
    action();
  };
  const saveData = (file: DataFile) => {
    const blob = new Blob([file.write(board)], { type: `${file.type};charset=utf-8` });
    saveFile(blob, exportFileName(board.meta.title, file.id));
  };
  const pick = (next: PageId) => {
    setPage(next);
    rememberPage(deviceStorage(), next);
  };
  const item = (format: ExportFormat, label: string, hint: string, disabled = false): ReactNode => (
    <button
      key={format}
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="export-menu__item"
      disabled={disabled || busy}
      aria-describedby={format === 'pdf' ? undefined : `${id}-shows`}
      onClick={() => choose(() => run(format))}
    >
      <span>{label}</span>
      <small>{hint}</small>
    </button>
  );
  const noMap = empty ? 'Add an agency first' : undefined;
  const message = status.state === 'busy' || status.state === 'done' ? status.message : '';

  return (
    <div className="export-menu">
      <button type="button" className="button" aria-controls={open ? id : undefined} {...buttonProps}>
        Export <span aria-hidden>▾</span>
      </button>
      {open && (
        <div id={id} aria-label="Export" className="export-menu__list panel" {...menuProps}>
          <div role="group" aria-labelledby={`${id}-map`}>
            <div id={`${id}-map`} className="export-menu__heading" role="presentation">
              Map, drawn from the board
            </div>
            <div role="group" aria-label="Page" className="export-menu__pages">
              {PAGE_CHOICES.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  role="menuitemradio"
                  aria-checked={p.id === page}
                  tabIndex={-1}
                  className="export-menu__page"
                  onClick={() => pick(p.id)}
                >
                  <span aria-hidden>{p.id === page ? '●' : '○'}</span> {p.label} <small>for {p.use}</small>
                </button>
              ))}
            </div>
            <p id={`${id}-shows`} className="export-menu__shows" role="presentation">
              Shows: {summary}, on {pageLabel}.
            </p>
            {item('png', 'PNG picture', noMap ?? `${pageLabel} at print quality (288 dpi)`, empty)}
            {item('svg', 'SVG drawing', noMap ?? 'Sharp at any size; opens in Word, PowerPoint, Inkscape', empty)}
            {canCopyImage() && item('copy', 'Copy image', noMap ?? 'Paste into a document or email', empty)}
          </div>
          <div role="separator" className="export-menu__separator" />
          <div role="group" aria-labelledby={`${id}-report`}>
            <div id={`${id}-report`} className="export-menu__heading" role="presentation">
              Report
            </div>
            {item('pdf', 'Partnership report (PDF)', 'Map, matrix, measures, review answers; made by the server, so needs a connection')}
          </div>
          <div role="separator" className="export-menu__separator" />
          <div role="group" aria-labelledby={`${id}-data`}>
            <div id={`${id}-data`} className="export-menu__heading" role="presentation">
              Data
            </div>
            {DATA_FILES.map((f) => (
              <button key={f.id} type="button" role="menuitem" tabIndex={-1} className="export-menu__item" onClick={() => choose(() => saveData(f))}>
                <span>{f.label}</span>
                <small>{f.hint}</small>
              </button>
            ))}
          </div>
        </div>
      )}
      {/* Always present, so screen readers hear each change ("Image copied") politely. */}
      <div role="status" className={message ? 'export-menu__status panel' : 'visually-hidden'}>
        {busy && <span className="spinner" aria-hidden />}
        {message}
        {status.state === 'done' && (
          <button type="button" className="icon-button" aria-label="Close this message" onClick={dismiss}>
            ×
          </button>
        )}
      </div>
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
