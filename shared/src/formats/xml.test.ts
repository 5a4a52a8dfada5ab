import { describe, expect, it } from 'vitest';
import { escapeXml, xmlAttributes } from './xml.ts';

describe('escapeXml', () => {
  it.each([
    ['markup', 'Smith & Jones <Care>', 'Smith &amp; Jones &lt;Care&gt;'],
    ['both quote kinds', `"Home" 'Support'`, '&quot;Home&quot; &apos;Support&apos;'],
    // A raw line break in an attribute would be read back as a space.
    ['line breaks and tabs', 'a\r\nb\tc', 'a&#13;&#10;b&#9;c'],
    ['control characters XML cannot hold', 'bell\u0007 and null\u0000', 'bell and null'],
    ['numbers', 42, '42'],
    ['non-Latin text and emoji', 'Gwasanaethau Cymdeithasol 🏥', 'Gwasanaethau Cymdeithasol 🏥'],
  ])('%s', (_label, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('writes attributes in order, each escaped', () => {
    expect(xmlAttributes({ id: 'a"1', label: 'x<y', weight: 3 })).toBe(' id="a&quot;1" label="x&lt;y" weight="3"');
  });
});
