/** A colleague on the board: a second Yjs client in Node, speaking to the server as a page does. */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { destroyBoardDoc, moveAgency, openBoardDoc } from '@partnermap/shared/doc';
import { yDocForSync } from '@partnermap/shared/doc/transport';
import type { Position } from '@partnermap/shared/model';

export interface Colleague {
  move(agencyId: string, position: Position): void;
  close(): void;
}

export async function joinAsColleague(baseUrl: string, boardId: string, token: string): Promise<Colleague> {
  const doc = openBoardDoc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/ws`, boardId, yDocForSync(doc), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the colleague did not sync within 60 s')), 60_000);
    provider.on('sync', (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    move: (agencyId, position) => moveAgency(doc, agencyId, position),
    close() {
      provider.destroy();
      destroyBoardDoc(doc);
    },
  };
}
