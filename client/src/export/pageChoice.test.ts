import { describe, expect, it } from 'vitest';
import { PAGE_IDS, PAGES, pixelSize } from '@partnermap/shared/render';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { litOnBoard, NO_FILTERS } from '../canvas/filters.ts';
import { exportView, PAGE_CHOICES, pngSize, PRINT_SCALE, rememberedPage, rememberPage } from './pageChoice.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('page choice', () => {
  it('offers every page preset once, each saying what it is for', () => {
    expect(PAGE_CHOICES.map((p) => p.id).sort()).toEqual([...PAGE_IDS].sort());
    for (const p of PAGE_CHOICES) expect(p.use).not.toBe('');
  });

  it('is remembered on this device, and falls back to A4 landscape', () => {
    const storage = memoryStorage();
    expect(rememberedPage(storage)).toBe('a4-landscape');
    rememberPage(storage, 'slide-16x9');
    expect(rememberedPage(storage)).toBe('slide-16x9');
  });

  it.each([
    ['nothing stored', { getItem: () => null }],
    ['a page that no longer exists', { getItem: () => 'letter' }],
    ['storage that refuses', { getItem: () => { throw new Error('denied'); } }],
    ['no storage at all', undefined],
  ])('gives the default page for %s', (_, storage) => {
    expect(rememberedPage(storage)).toBe('a4-landscape');
  });
});

describe('pngSize', () => {
  it.each(['a4-portrait', 'a4-landscape', 'slide-16x9'] as const)('draws %s at 288 dpi, as the server does', (page) => {
    expect(pngSize(page)).toEqual(pixelSize(PAGES[page], PRINT_SCALE));
  });

  it.each(['a3-portrait', 'a3-landscape'] as const)('keeps %s within what any browser puts on one canvas, near 288 dpi', (page) => {
    const { width, height } = pngSize(page);
    expect(width * height).toBeLessThanOrEqual(16_777_216);
    expect(width).toBeGreaterThan(pixelSize(PAGES[page], 2.8).width);
    expect(height / width).toBeCloseTo(PAGES[page].heightMm / PAGES[page].widthMm, 3);
  });
});

describe('exportView', () => {
  const board = sampleBoard();

  it('shows the whole board as is without a filter', () => {
    expect(exportView(NO_FILTERS, litOnBoard(board, NO_FILTERS))).toEqual({ view: {}, summary: 'The whole board' });
  });

  it('fades what the filter on screen fades, and names the filter', () => {
    const filters = { ...NO_FILTERS, sectors: ['housing' as const], degrees: [3 as const] };
    const lit = litOnBoard(board, filters);
    const { view, summary } = exportView(filters, lit);
    expect(view.lit).toBe(lit);
    expect(summary).toBe('The whole board, faded outside the filter (Housing, Collaboration)');
  });
});
