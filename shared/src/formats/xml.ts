/** Characters XML 1.0 cannot hold at all, even escaped (most control characters). */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers turn a raw line break in an attribute into a space; a character reference survives.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Text safe inside an XML attribute value or element, line breaks included. */
export function escapeXml(value: string | number | boolean): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c] ?? c);
}

/** ` name="value"` pairs for an element's start tag. */
export function xmlAttributes(attributes: Record<string, string | number | boolean>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}
