import { describe, expect, it } from 'vitest';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { layoutImage, MARGIN, MIN_WIDTH, wrapText, type Measure } from './imageLayout.ts';
import { legendFor } from '../canvas/legend/legendContent.ts';

/** About 7 px a character, as 13 px text is. */
const measure: Measure = (text, style) => text.length * (style === 'title' ? 13 : 7);

describe('layoutImage', () => {
  const legend = legendFor(sampleBoard(), 'image');

  it('puts the title and date above the map and the legend below, all inside the image', () => {
    const layout = layoutImage({ width: 1600, height: 500 }, 'Hospital discharge', '1 March 2026', legend, measure);
    expect(layout.width).toBe(1600);
    expect(layout.title[0]!.y).toBeLessThan(layout.date.y);
    expect(layout.date.y).toBeLessThan(layout.map.y);
    expect(layout.map).toMatchObject({ x: 0, width: 1600, height: 500 });
    for (const item of layout.items) {
      expect(item.y).toBeGreaterThan(layout.map.y + layout.map.height);
      expect(item.x + measure(item.label, 'item')).toBeLessThanOrEqual(layout.width - MARGIN);
    }
    expect(layout.height).toBeGreaterThan(Math.max(...layout.items.map((i) => i.y)) + 20);
  });

  it('keeps a narrow map centred on a page wide enough for its legend', () => {
    const layout = layoutImage({ width: 300, height: 300 }, 'One agency', 'today', legend, measure);
    expect(layout.width).toBe(MIN_WIDTH);
    expect(layout.map.x).toBe((MIN_WIDTH - 300) / 2);
  });

  it('wraps a long title instead of cutting it off', () => {
    const title = 'Integrated discharge to assess for older people leaving Riverside and Northshire hospitals this winter';
    const layout = layoutImage({ width: 800, height: 300 }, title, 'today', legend, measure);
    expect(layout.title.length).toBeGreaterThan(1);
    expect(layout.title.map((l) => l.text).join(' ')).toBe(title);
    expect(layout.map.y).toBeGreaterThan(layout.title.at(-1)!.y);
  });

  it('flows legend items onto more rows when the page is narrow', () => {
    const narrow = layoutImage({ width: 300, height: 300 }, 't', 'd', legend, measure);
    const wide = layoutImage({ width: 3000, height: 300 }, 't', 'd', legend, measure);
    const rows = (l: typeof wide) => new Set(l.items.map((i) => i.y)).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
  });
});

describe('wrapText', () => {
  const chars = (t: string) => t.length;
  it.each([
    ['short title', 20, ['short title']],
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['Supercalifragilistic', 8, ['Supercal', 'ifragili', 'stic']],
  ])('wraps %j at %i', (text, max, lines) => {
    expect(wrapText(text, max, chars)).toEqual(lines);
  });
});
