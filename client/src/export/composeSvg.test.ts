import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { composeSvg } from './composeSvg.ts';
import { layoutImage, type Measure } from './imageLayout.ts';
import { legendFor } from '../canvas/legend/legendContent.ts';

const measure: Measure = (text) => text.length * 7;
const MAP = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><foreignObject width="100%" height="100%"/></svg>';

describe('composeSvg', () => {
  const title = 'Discharge <Home First> & "friends"';
  const layout = layoutImage({ width: 600, height: 400 }, title, '1 March 2026', legendFor(sampleBoard(), 'image'), measure);
  const svg = composeSvg(layout, MAP, title, measure);

  it('is well-formed XML even with markup characters in the title', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, unknown> };
    expect(parsed.svg['@_width']).toBe(String(layout.width));
    expect(parsed.svg['@_height']).toBe(String(layout.height));
    expect(svg).not.toContain('<Home First>');
  });

  it('drops characters XML cannot hold, such as a control character pasted into a title', () => {
    const pasted = 'Discharge\u0001 plan';
    const out = composeSvg(layoutImage({ width: 600, height: 400 }, pasted, '1 March 2026', legendFor(sampleBoard(), 'image'), measure), MAP, pasted, measure);
    expect(out).not.toContain('\u0001');
    expect(out).toContain('<title>Discharge plan</title>');
  });

  it('has a white page, the title as text, the map in place and every legend label', () => {
    expect(svg).toContain(`<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`);
    expect(svg).toContain('Discharge &lt;Home First&gt; &amp; &quot;friends&quot;');
    expect(svg).toContain(`<g transform="translate(${layout.map.x} ${layout.map.y})">${MAP}</g>`);
    for (const label of ['Social care', 'Collaboration', 'Partnership (its members inside)', 'nothing flows back', '1 March 2026']) {
      expect(svg).toContain(`>${label}</text>`);
    }
  });
});
