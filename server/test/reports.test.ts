import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { boardToJson } from '@partnermap/shared/formats';
import type { Board } from '@partnermap/shared/model';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { generatedBoard } from '@partnermap/shared/render/fixtures/generatedBoard.ts';
import { layoutPage, PAGES, pixelSize, type PageId } from '@partnermap/shared/render';
import { startServer, type RunningServer } from './serverProcess.ts';
import { importBoard } from './clients.ts';

/** Share of pixels in the box (in page points) that are not white. */
function inked(png: PNG, page: PageId, box: { x: number; y: number; width: number; height: number }): number {
  const k = png.width / PAGES[page].width;
  let ink = 0;
  let all = 0;
  for (let y = Math.floor(box.y * k); y < Math.ceil((box.y + box.height) * k); y++) {
    for (let x = Math.floor(box.x * k); x < Math.ceil((box.x + box.width) * k); x++) {
      const i = (y * png.width + x) * 4;
      all++;
      if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) ink++;
    }
  }
  return ink / all;
}

/** The PDF's text as poppler reads it, whitespace collapsed, as a reader searching it would. */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-pdf-')), 'report.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the drawn map and the report from the running server', () => {
  let server: RunningServer;
  const boards: { board: Board; created: CreatedBoard }[] = [];
  const url = (i: number, file: string, query = '') =>
    `${server.url}/api/boards/${boards[i]!.created.id}/${file}?token=${boards[i]!.created.viewToken}${query}`;

  beforeAll(async () => {
    server = await startServer();
    for (const board of [sampleBoard(), generatedBoard(12, 7)]) {
      const res = await importBoard(server.url, boardToJson(board));
      expect(res.status).toBe(201);
      boards.push({ board, created: (await res.json()) as CreatedBoard });
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  it('map.svg draws the map itself: rendered by resvg, its map area is not blank', async () => {
    const res = await fetch(url(0, 'map.svg'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await res.text();
    expect(svg).not.toMatch(/foreignObject/i);
    const png = PNG.sync.read(new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng());
    const { mapArea } = layoutPage(boards[0]!.board, { page: 'a4-landscape', date: new Date() });
    expect(inked(png, 'a4-landscape', mapArea)).toBeGreaterThan(0.03);
    // Each agency's card is drawn where the layout puts it, not only the frame around the map.
    for (const card of layoutPage(boards[0]!.board, { page: 'a4-landscape', date: new Date() }).map.cards) {
      expect(inked(png, 'a4-landscape', card.rect)).toBeGreaterThan(0.05);
    }
  });

  it.each([
    ['a4-portrait', 2],
    ['slide-16x9', 1],
    ['a3-landscape', 1.5],
  ] as const)('map.png?page=%s&scale=%s decodes at the size asked for', async (page, scale) => {
    const res = await fetch(url(1, 'map.png', `&page=${page}&scale=${scale}`), {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect({ width: png.width, height: png.height }).toEqual(pixelSize(PAGES[page], scale));
    const { mapArea } = layoutPage(boards[1]!.board, { page, date: new Date() });
    expect(inked(png, page, mapArea)).toBeGreaterThan(0.03);
  });

  it.each([
    ['an unknown page', '&page=letter', /There is no page called "letter"\. Choose one of: a4-portrait \(A4 portrait\), a4-landscape/],
    ['a scale of 0', '&scale=0', /scale must be a number from 1 to 4/],
    ['a scale of 10', '&scale=10', /scale must be a number from 1 to 4/],
    ['a scale that is not a number', '&scale=big', /scale must be a number from 1 to 4/],
    ['an unknown currency', '&currency=gold', /There is no currency called "gold"/],
  ])('map.png with %s is refused with 400 in plain words', async (_label, query, message) => {
    const res = await fetch(url(0, 'map.png', query));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it.each(['map.svg', 'map.png', 'report.pdf'])('%s needs a valid token: 401 without', async (file) => {
    const res = await fetch(`${server.url}/api/boards/${boards[0]!.created.id}/${file}?token=not-a-token`);
    expect(res.status).toBe(401);
  });

  it('report.pdf takes a Bearer edit token, parses, and its text holds the title, every agency and every review answer', async () => {
    for (const [i, { board, created }] of boards.entries()) {
      const res = await fetch(`${server.url}/api/boards/${created.id}/report.pdf`, { headers: { authorization: `Bearer ${created.editToken}` } });
      expect(res.status, `board ${i}`).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain(squash(board.meta.title));
      for (const agency of board.agencies) expect(text).toContain(squash(agency.name));
      const answers = Object.values(board.meta.reviewAnswers).map((a) => a.answer);
      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) expect(text).toContain(squash(answer));
      expect(text).toContain('Integration matrix');
      expect(text).toContain('Reciprocity of exchanges');
    }
  });
});
