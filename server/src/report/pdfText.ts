import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** The report's type scale and colours, in points, shared by its sections. */
export const TYPE = {
  body: 10,
  small: 8.5,
  heading: 14,
  ink: '#172033',
  muted: '#4a5568',
  rule: '#dde2ea',
} as const;

export const FONT = { regular: 'Sans', bold: 'Sans-Bold' } as const;

/** Writers for the report's running text, over one pdfkit document with its fonts registered. */
export function textWriter(doc: Doc) {
  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const left = () => doc.page.margins.left;

  /** Starts a new page unless `height` more points fit on this one. */
  function room(height: number): void {
    if (doc.y + height > bottom()) doc.addPage();
  }

  return {
    width,
    left,
    room,
    heading(text: string): void {
      room(TYPE.heading * 4);
      doc.moveDown(0.8);
      doc.font(FONT.bold).fontSize(TYPE.heading).fillColor(TYPE.ink).text(text, left(), doc.y, { width: width() });
      const y = doc.y + 2;
      doc.moveTo(left(), y).lineTo(left() + width(), y).lineWidth(0.75).strokeColor(TYPE.rule).stroke();
      doc.y = y + 6;
    },
    paragraph(text: string, options: { bold?: boolean; muted?: boolean; size?: number } = {}): void {
      doc
        .font(options.bold ? FONT.bold : FONT.regular)
        .fontSize(options.size ?? TYPE.body)
        .fillColor(options.muted ? TYPE.muted : TYPE.ink)
        .text(text, left(), doc.y, { width: width(), lineGap: 1.5 });
      doc.moveDown(0.35);
    },
    /** A list, or `empty` in muted words when there is nothing to list. */
    list(items: readonly string[], empty: string): void {
      if (items.length === 0) {
        doc.font(FONT.regular).fontSize(TYPE.body).fillColor(TYPE.muted).text(empty, left(), doc.y, { width: width() });
        doc.moveDown(0.35);
        return;
      }
      doc.font(FONT.regular).fontSize(TYPE.body).fillColor(TYPE.ink);
      doc.list([...items], left() + 4, doc.y, { width: width() - 4, bulletRadius: 1.6, textIndent: 10, lineGap: 1.5 });
      doc.moveDown(0.35);
    },
    subheading(text: string): void {
      room(TYPE.body * 4);
      doc.moveDown(0.3);
      doc.font(FONT.bold).fontSize(TYPE.body + 1).fillColor(TYPE.ink).text(text, left(), doc.y, { width: width() });
      doc.moveDown(0.2);
    },
  };
}

export type TextWriter = ReturnType<typeof textWriter>;
