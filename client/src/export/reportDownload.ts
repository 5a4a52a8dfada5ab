import { currentRoute } from '../app/router.ts';
import { ExportFailure } from './renderImage.ts';

const OFFLINE =
  'The PDF report is made by the server, which this browser cannot reach just now. Try again when you are back online; the SVG and PNG can be made offline.';

/** Plain words for a server's refusal of the report, by its status. */
export function reportRefusal(status: number): string {
  if (status === 401 || status === 403) return 'This link no longer opens the board, so the server will not make its report. Ask the coordinator for the new link.';
  if (status === 404) return 'The server no longer has this board, so it cannot make its report.';
  if (status === 429 || status === 503) return 'The server is busy just now and could not make the report. Try again in a minute.';
  return `The server could not make the report (it answered ${status}). Try again; if it keeps happening, tell whoever runs Partnermap.`;
}

/**
 * The board's partnership report from `report.pdf`, with this page's token (view links too). The
 * token comes from the link in the address bar, read at the moment of asking, so a link replaced
 * since the page opened is the one used.
 */
export async function fetchReport(): Promise<Blob> {
  const route = currentRoute();
  if (route.page !== 'board') throw new ExportFailure('The report can only be made from an open board.');
  if (!navigator.onLine) throw new ExportFailure(OFFLINE);
  let res: Response;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(route.id)}/report.pdf`, {
      headers: { Authorization: `Bearer ${route.token}` },
    });
  } catch {
    throw new ExportFailure(OFFLINE);
  }
  if (!res.ok) throw new ExportFailure(reportRefusal(res.status));
  const blob = await res.blob().catch(() => {
    throw new ExportFailure(OFFLINE);
  });
  if (blob.size === 0) throw new ExportFailure('The server sent an empty report. Try again.');
  return blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' });
}
