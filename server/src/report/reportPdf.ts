import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Board } from '@partnermap/shared/model';
import { formatDate, mapSvg, PAGES } from '@partnermap/shared/render';
import { FLOW_NOTES, reportContent } from '@partnermap/shared/render';
import { reportFonts } from './fonts.ts';
import { integrationMatrix, measuresTable } from './pdfTables.ts';
import { FONT, TYPE, textWriter } from './pdfText.ts';

const MARGIN = 50;

/**
 * The partnership report as PDF, ready for a partnership board's papers: the drawn map with its
 * key on an A4 landscape page, then the goals, the review questions and their answers, the
 * integration matrix, the measures with their plain meanings, partnerships, flows and unvalued
 * exchanges, and where the two sides disagree. Text is real PDF text in an embedded font.
 */
export function reportPdf(board: Board, date: Date): Promise<Buffer> {
  const content = reportContent(board);
  const fonts = reportFonts();
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: content.title, Subject: 'Partnership report', Creator: 'Partnermap', CreationDate: date },
  });
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const mapPage = PAGES['a4-landscape'];
  doc.addPage({ size: [mapPage.width, mapPage.height], margin: 0 });
  SVGtoPDF(doc as never, mapSvg(board, { page: mapPage.id, date }), 0, 0, {
    width: mapPage.width,
    height: mapPage.height,
    fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
  });

  doc.addPage({ size: 'A4', margin: MARGIN });
  const w = textWriter(doc);
  doc.font(FONT.bold).fontSize(TYPE.small).fillColor(TYPE.muted).text('PARTNERSHIP REPORT', { characterSpacing: 0.6 });
  doc.moveDown(0.2);
  doc.font(FONT.bold).fontSize(20).fillColor(TYPE.ink).text(content.title);
  doc.moveDown(0.2);
  w.paragraph(`${formatDate(date)}. Drawn from the live board; every figure is worked out from what the team has recorded.`, { muted: true });

  w.heading('Definition of partnership');
  w.paragraph(content.definition || 'No definition agreed yet.');

  w.heading('Goals');
  w.paragraph('Outcomes for people who use services, and what on the board serves each.', { muted: true, size: TYPE.small });
  if (content.goals.length === 0) w.list([], 'No goals recorded yet.');
  for (const g of content.goals) {
    w.subheading(g.outcome);
    w.list(g.servedBy, 'Nothing on the board is linked to this goal yet.');
  }

  w.heading('Review questions');
  for (const r of content.review) {
    w.subheading(r.question);
    w.paragraph(r.answer, { muted: r.answer === 'Not answered yet' });
    w.paragraph(`Status: ${r.status}${r.changedBy ? ` · last changed by ${r.changedBy}` : ''}`, { muted: true, size: TYPE.small });
  }

  w.heading('Integration matrix');
  w.paragraph(
    'Each relationship by its agreed degree of integration (across) and its direction and level (down): is this the right place for our aims?',
    { muted: true, size: TYPE.small },
  );
  integrationMatrix(doc, w, content.matrixColumns, content.matrix);

  w.heading('Measures');
  measuresTable(doc, w, content.measures);

  w.heading('Partnerships');
  w.list(content.partnerships, 'No partnerships on the board yet.');

  w.heading('Flows and currencies');
  w.subheading('One-way relationships');
  w.paragraph(FLOW_NOTES.oneWay, { muted: true, size: TYPE.small });
  w.list(content.oneWay, 'None: every relationship with exchanges has them both ways.');
  w.subheading('Relationships without exchanges');
  w.paragraph(FLOW_NOTES.none, { muted: true, size: TYPE.small });
  w.list(content.noExchanges, 'None.');
  w.subheading('Exchanges not valued by the receiving agency');
  w.paragraph(FLOW_NOTES.unvalued, { muted: true, size: TYPE.small });
  w.list(content.unvalued, 'None: every exchange is of a currency its receiver values.');
  w.subheading('Currencies');
  w.list(content.currencies, 'No exchanges recorded yet.');

  w.heading('Where the two sides disagree');
  w.paragraph(FLOW_NOTES.disagreement, { muted: true, size: TYPE.small });
  w.list(content.disagreements, 'No disagreements recorded.');

  footers(doc, content.title, date);
  doc.end();
  return done;
}

/** Title, date and page number at the foot of every page after the map. */
function footers(doc: InstanceType<typeof PDFDocument>, title: string, date: Date): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT.regular)
      .fontSize(TYPE.small)
      .fillColor(TYPE.muted)
      .text(`${title} · ${formatDate(date)} · page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN + 16, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
