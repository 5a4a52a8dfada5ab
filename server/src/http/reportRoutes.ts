import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileBase } from '@partnermap/shared/formats';
import { CURRENCIES, type Currency } from '@partnermap/shared/model';
import type { PageId } from '@partnermap/shared/render';
import type { BoardStore } from '../storage/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { authorize } from './boardsApi.ts';
import { HttpError } from './respond.ts';
import { BOARD_ID, type Route } from './routes.ts';

// The map's drawing is loaded on the first map or report asked for, and resvg and pdfkit on the
// first PNG or PDF: a server that is never asked for one neither starts slower nor holds them.
type Render = typeof import('@partnermap/shared/render');

export interface ReportDeps {
  store: BoardStore;
  rooms: Rooms;
}

/** PNG scale: 1 is the page at 96 dpi, 4 at 384 dpi; beyond that an A3 image passes 100 MB in memory. */
const SCALE_RANGE = { min: 1, max: 4, default: 2 } as const;

/** The page preset asked for, or 400 naming the ones there are. */
function pageOf(url: URL, { DEFAULT_PAGE, isPageId, PAGE_IDS, PAGES }: Render): PageId {
  const page = url.searchParams.get('page') ?? DEFAULT_PAGE;
  if (isPageId(page)) return page;
  const allowed = PAGE_IDS.map((id) => `${id} (${PAGES[id].label})`).join(', ');
  throw new HttpError(400, `There is no page called "${page}". Choose one of: ${allowed}.`);
}

function scaleOf(url: URL): number {
  const raw = url.searchParams.get('scale');
  if (raw === null) return SCALE_RANGE.default;
  const scale = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(scale) || scale < SCALE_RANGE.min || scale > SCALE_RANGE.max) {
    throw new HttpError(400, `The scale must be a number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max} (2 is 192 dpi, 3 is 288 dpi); "${raw}" is not.`);
  }
  return scale;
}

function currencyOf(url: URL): Currency | undefined {
  const raw = url.searchParams.get('currency');
  if (raw === null) return undefined;
  if ((CURRENCIES as readonly string[]).includes(raw)) return raw as Currency;
  throw new HttpError(400, `There is no currency called "${raw}". Choose one of: ${CURRENCIES.join(', ')}.`);
}

function send(res: ServerResponse, type: string, body: string | Buffer, name: string, disposition: 'inline' | 'attachment'): void {
  const ascii = name.replace(/[^A-Za-z0-9 ._-]+/g, '').trim().replace(/\s+/g, '-') || 'board';
  res.writeHead(200, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'content-disposition': `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * The drawn map and the partnership report, from the live board, with a view or edit token
 * (Bearer or ?token=): map.svg and map.png (?page=, and for PNG ?scale=; ?currency= shows one
 * currency's exchanges) to embed in an intranet or dashboard, and report.pdf for board papers.
 */
export function reportRoutes({ store, rooms }: ReportDeps): Route[] {
  async function map(req: IncomingMessage, res: ServerResponse, url: URL, id: string, format: string): Promise<void> {
    await authorize(store, req, url, id, 'view');
    const render = await import('@partnermap/shared/render');
    const page = pageOf(url, render);
    const scale = format === 'png' ? scaleOf(url) : 1;
    const currency = currencyOf(url);
    const { board } = await rooms.read(id);
    const svg = render.mapSvg(board, { page, date: new Date(), view: { currency } });
    const name = `${fileBase(board.meta.title)} map ${page}.${format}`;
    if (format === 'svg') return send(res, 'image/svg+xml; charset=utf-8', svg, name, 'inline');
    send(res, 'image/png', await (await import('../report/png.ts')).mapPng(svg, render.PAGES[page], scale), name, 'inline');
  }

  async function report(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
    await authorize(store, req, url, id, 'view');
    const { board } = await rooms.read(id);
    send(res, 'application/pdf', await (await import('../report/reportPdf.ts')).reportPdf(board, new Date()), `${fileBase(board.meta.title)} report.pdf`, 'attachment');
  }

  return [
    { method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}/map\\.(svg|png)$`), handler: map },
    { method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}/report\\.pdf$`), handler: report },
  ];
}
