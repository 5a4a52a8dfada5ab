/**
 * Text widths without a DOM, so the renderer runs in the browser and on the server alike. The
 * advances are DejaVu Sans's (in em), the widest of the fonts the SVG names, so text measured here
 * fits whichever of them draws it. Bold DejaVu is about 12 % wider.
 */
const ADVANCE: Record<string, number> = {
  ' ': 0.318, a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278,
  j: 0.278, k: 0.579, l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521,
  t: 0.392, u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525, A: 0.684, B: 0.686, C: 0.698,
  D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295, J: 0.295, K: 0.656, L: 0.557, M: 0.863,
  N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695, S: 0.635, T: 0.611, U: 0.732, V: 0.684, W: 0.989,
  X: 0.685, Y: 0.611, Z: 0.685, '.': 0.318, ',': 0.318, ':': 0.337, ';': 0.337, '-': 0.361, "'": 0.275,
  '"': 0.46, '(': 0.39, ')': 0.39, '&': 0.78, '/': 0.337, '<': 0.838, '>': 0.838, '·': 0.318, '…': 1,
  '!': 0.4, '?': 0.531, '+': 0.838, '%': 0.95, '£': 0.636, '–': 0.5, '—': 1,
};
const DIGIT = 0.636;
const OTHER = 0.7;
const BOLD = 1.12;

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += ADVANCE[ch] ?? (ch >= '0' && ch <= '9' ? DIGIT : OTHER);
  return em * size * (bold ? BOLD : 1);
}

/**
 * Splits text into at most `maxLines` lines no wider than `max`; what does not fit ends the last
 * line with an ellipsis. A word longer than a line is broken inside.
 */
export function wrapText(text: string, max: number, width: (t: string) => number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (width(rest) > max && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && width(rest.slice(0, cut)) > max) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, max, width);
  return kept;
}

/** The text cut to fit `max`, ending in an ellipsis when cut. */
export function ellipsize(text: string, max: number, width: (t: string) => number): string {
  if (width(text) <= max) return text;
  let cut = text.length;
  while (cut > 0 && width(`${text.slice(0, cut).trimEnd()}…`) > max) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}
