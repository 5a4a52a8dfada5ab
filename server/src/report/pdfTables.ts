import type PDFDocument from 'pdfkit';
import type { MatrixRow, MeasureLine } from '@partnermap/shared/render';
import { FONT, TYPE, type TextWriter } from './pdfText.ts';

type Doc = InstanceType<typeof PDFDocument>;

const PAD = 4;

type Cell = { text: string; width: number; bold?: boolean; fill?: string; muted?: boolean };

function rowHeight(doc: Doc, cells: readonly Cell[]): number {
  doc.fontSize(TYPE.small);
  return Math.max(...cells.map((c) => doc.font(c.bold ? FONT.bold : FONT.regular).heightOfString(c.text || ' ', { width: c.width - 2 * PAD }))) + 2 * PAD;
}

/**
 * A table: rows of wrapped cells. A row that does not fit starts a new page, and the header row
 * is repeated there, so every page of the table reads on its own.
 */
function table(doc: Doc, w: TextWriter, header: readonly Cell[], rows: readonly (readonly Cell[])[]): void {
  const draw = (cells: readonly Cell[]) => {
    const height = rowHeight(doc, cells);
    const top = doc.y;
    let x = w.left();
    for (const c of cells) {
      if (c.fill) doc.rect(x, top, c.width, height).fill(c.fill);
      doc.rect(x, top, c.width, height).lineWidth(0.5).strokeColor(TYPE.rule).stroke();
      doc
        .font(c.bold ? FONT.bold : FONT.regular)
        .fontSize(TYPE.small)
        .fillColor(c.muted ? TYPE.muted : TYPE.ink)
        .text(c.text, x + PAD, top + PAD, { width: c.width - 2 * PAD });
      x += c.width;
    }
    doc.x = w.left();
    doc.y = top + height;
  };
  w.room(rowHeight(doc, header) + rowHeight(doc, rows[0] ?? header));
  draw(header);
  for (const cells of rows) {
    const before = doc.page;
    w.room(rowHeight(doc, cells));
    if (doc.page !== before) draw(header);
    draw(cells);
  }
  doc.moveDown(0.5);
}

/**
 * The integration matrix (after Glasby & Peck): degree of integration across, direction and level
 * down, each cell naming its relationships and shaded by how many there are.
 */
export function integrationMatrix(doc: Doc, w: TextWriter, columns: readonly string[], rows: readonly MatrixRow[]): void {
  const labelWidth = 120;
  const cellWidth = (w.width() - labelWidth) / columns.length;
  const most = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.length)));
  const header = [{ text: 'Direction, level', width: labelWidth, bold: true }, ...columns.map((text) => ({ text, width: cellWidth, bold: true }))];
  table(
    doc,
    w,
    header,
    rows.map((r) => [
      { text: r.label, width: labelWidth, bold: true },
      ...r.cells.map((names) => ({
        text: names.length ? names.map((n) => `• ${n}`).join('\n') : '–',
        width: cellWidth,
        muted: names.length === 0,
        fill: names.length ? shade(names.length / most) : undefined,
      })),
    ]),
  );
}

/** Each measure with its value and its plain meaning. */
export function measuresTable(doc: Doc, w: TextWriter, measures: readonly MeasureLine[]): void {
  const widths = [150, 90, w.width() - 240];
  table(
    doc,
    w,
    ['Measure', 'Value', 'What it means'].map((text, i) => ({ text, width: widths[i]!, bold: true })),
    measures.map((m) => [
      { text: m.label, width: widths[0]! },
      { text: m.value, width: widths[1]! },
      { text: m.meaning, width: widths[2]!, muted: true },
    ]),
  );
}

/** From pale to mid blue as a cell holds more of the board's relationships; text stays dark on it. */
function shade(share: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * share).toString(16).padStart(2, '0');
  return `#${mix(238, 176)}${mix(244, 208)}${mix(252, 240)}`;
}
