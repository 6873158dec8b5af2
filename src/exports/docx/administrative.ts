import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Header,
  type IBorderOptions,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  type IStylesOptions,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

// The presentation rules of Nghị định 30/2020/NĐ-CP (Phụ lục I) for administrative documents: A4, Times New Roman,
// margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body text 13–14 pt, paragraphs indented
// 1–1.27 cm with at least 6 pt between them.

export const FONT = 'Times New Roman';
const mm = convertMillimetersToTwip;
export const PAGE = {
  // A4 as Word writes it (210 × 297 mm rounded to whole twips)
  width: 11906,
  height: 16838,
  // the page number sits in the top margin, 10 mm from the edge
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) },
};
/** The width text runs across, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const BODY_SIZE = 14;
export const TABLE_SIZE = 12;

/** docx counts font sizes in half-points. */
const halfPoints = (points: number) => points * 2;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

/**
 * A run of text that states only what differs from the document's defaults (Times New Roman, 14 pt, regular):
 * a report of a thousand units has a hundred thousand runs, and every property is XML to write.
 */
export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.size && style.size !== BODY_SIZE ? { size: halfPoints(style.size) } : {}),
  });

const TABLE_TEXT = 'TableText';

/** The document's defaults and the style of text in tables, so paragraphs need not repeat them. */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: { document: { run: { font: FONT, size: halfPoints(BODY_SIZE) } } },
  paragraphStyles: [
    {
      id: TABLE_TEXT,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: halfPoints(TABLE_SIZE) },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  ],
};

export interface ParagraphStyle extends RunStyle {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** first-line indent of body paragraphs */
  indent?: boolean;
  before?: number;
  after?: number;
  /** on the same page as the next paragraph (or the first row of the next table) */
  keepNext?: boolean;
}

/** A paragraph of one run, or of the runs given. Body paragraphs: justified, indented 1 cm, 6 pt after. */
export function paragraph(content: string | ParagraphChild[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({
    children: typeof content === 'string' ? [run(content, style)] : content,
    alignment: style.align ?? AlignmentType.JUSTIFIED,
    indent: style.indent ? { firstLine: mm(10) } : undefined,
    spacing: { before: style.before ?? 0, after: style.after ?? 120, line: 276 },
    keepNext: style.keepNext ?? false,
  });
}

export const centered = (text: string, style: RunStyle & { before?: number; after?: number } = {}) =>
  paragraph(text, { ...style, align: AlignmentType.CENTER, after: style.after ?? 0 });

/**
 * The short solid line drawn under the issuer's name, the national motto and the title: an empty paragraph whose
 * bottom border is indented to the given length, centred in the space it sits in.
 */
export function rule(length: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    children: [],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 60, lineRule: 'exact' },
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/**
 * Columns without borders, as the header block and the signature block are laid out: one row, or several
 * whose cells line up (the number beside the place and date, whatever stands above them). No row is split
 * across two pages: a signature block never leaves its title on one page and the name on the next.
 */
export function layoutTable(widths: readonly number[], rows: ReadonlyArray<ReadonlyArray<Paragraph[]>>): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, borders: NO_BORDERS, children }),
          ),
        }),
    ),
  });
}

/**
 * NĐ 30's page number: Arabic numerals centred in the top margin, from the second page on (the section sets
 * `titlePage` so that the first page takes the empty header).
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

export interface DataColumn {
  header: string;
  width: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

/** A cell's content: a line, or several lines as separate paragraphs. */
export type CellContent = string | readonly string[];

function cell(content: CellContent, width: number, style: { bold?: boolean; align?: ParagraphStyle['align'] }): TableCell {
  const lines = typeof content === 'string' ? [content] : content;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: (lines.length > 0 ? lines : ['']).map(
      (line) =>
        new Paragraph({
          style: TABLE_TEXT,
          alignment: style.align ?? AlignmentType.LEFT,
          children: [run(line, { bold: style.bold ?? false })],
        }),
    ),
  });
}

/** A ruled table whose header row repeats on every page it runs onto. */
export function dataTable(columns: readonly DataColumn[], rows: ReadonlyArray<readonly CellContent[]>, emphasiseLast = false): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) => cell(column.header, column.width, { bold: true, align: AlignmentType.CENTER })),
  });
  const body = rows.map(
    (values, index) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, i) =>
          cell(values[i] ?? '', column.width, { align: column.align, bold: emphasiseLast && index === rows.length - 1 }),
        ),
      }),
  );
  return new Table({
    width: { size: columns.reduce((sum, column) => sum + column.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((column) => column.width),
    layout: TableLayoutType.FIXED,
    borders: LINES,
    // once for the table rather than on each cell
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    rows: [header, ...body],
  });
}

/** NĐ 30 writes days below 10 and the months January and February with a leading zero: "ngày 05 tháng 02". */
export const administrativeDay = (day: number) => String(day).padStart(2, '0');
export const administrativeMonth = (month: number) => (month <= 2 ? String(month).padStart(2, '0') : String(month));
