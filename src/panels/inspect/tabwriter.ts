// Go's text/tabwriter, as kubectl uses it: cells end at a tab, the text after a line's last tab
// is not aligned, and a column is aligned over a run of consecutive lines that all have a cell in
// it (so a line without a tab ends every column block). `kubectl describe` writes through
// tabwriter.NewWriter(out, 0, 8, 2, ' ', 0) (minwidth 0, padding 2); `kubectl get` through
// NewWriter(out, 6, 4, 3, ' ', 0) (minwidth 6, padding 3), kubectl printers/tabwriter.go.

export interface TabOptions {
  minwidth: number;
  padding: number;
}

export const DESCRIBE: TabOptions = { minwidth: 0, padding: 2 };
export const GET: TabOptions = { minwidth: 6, padding: 3 };

/** Characters, not UTF-16 units: what a monospace terminal shows (the texts here are ASCII). */
const width = (text: string) => [...text].length;

/**
 * Aligns `text` (lines separated by \n, cells by \t) the way text/tabwriter's Writer.format does:
 * for each column, blocks of consecutive lines with a cell in that column get one width, the
 * widest cell plus padding (at least minwidth), and each block is formatted again for the
 * columns to its right.
 */
export function tabwrite(text: string, options: TabOptions = DESCRIBE): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  const out: string[] = new Array<string>(lines.length);
  const widths: number[] = [];

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      out[i] = cells.map((cell, j) => (j < cells.length - 1 && j < widths.length ? cell.padEnd(widths[j] + cell.length - width(cell)) : cell)).join('');
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      writeLines(start, i);
      let w = options.minwidth;
      let j = i;
      for (; j < line1 && column < lines[j].length - 1; j++) w = Math.max(w, width(lines[j][column]) + options.padding);
      widths.push(w);
      format(i, j);
      widths.pop();
      start = j;
      i = j - 1;
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join('\n');
}
