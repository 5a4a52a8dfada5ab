import fs from 'node:fs';

/** Fonts for the PDF report, regular and bold: DejaVu, else Liberation, else PDF's own Helvetica. */
export interface ReportFonts {
  regular: string;
  bold: string;
  /** Whether these are font files (else names of PDF's standard fonts). */
  embedded: boolean;
}

const CANDIDATES: [string, string][] = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
];

let found: ReportFonts | undefined;

/**
 * The font files to embed, found once. An embedded TrueType font holds any character a name may
 * have (Helvetica in PDF covers Western European text only); Debian's fonts-dejavu-core and
 * fonts-liberation provide them.
 */
export function reportFonts(): ReportFonts {
  found ??= (() => {
    const pair = CANDIDATES.find(([regular, bold]) => fs.existsSync(regular) && fs.existsSync(bold));
    return pair
      ? { regular: pair[0], bold: pair[1], embedded: true }
      : { regular: 'Helvetica', bold: 'Helvetica-Bold', embedded: false };
  })();
  return found;
}
