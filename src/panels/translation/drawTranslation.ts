// Imperative D3 for the translation table: a keyed join of <tr> by row id into a <tbody> React
// rendered empty. Values update in place; a cell whose text changed flashes briefly (not on a
// language switch, not with reduced motion). Rows are focusable; hover or focus highlights the
// matching elements in every panel through ui.highlight, and arrow keys walk the rows.

import { local, select, type EnterElement, type Selection } from 'd3-selection';
import 'd3-transition';
import { setHighlight } from '../../store/commands';
import type { Locale } from '../../store/appStore';
import { FLASH_TRANSITION, type Timing } from '../shared/timing';
import type { TranslationRow } from './translationRows';

export interface TableInput {
  rows: TranslationRow[];
  locale: Locale;
}

type Rows = Selection<HTMLTableRowElement, TranslationRow, HTMLTableSectionElement, unknown>;

const FLASH_MS = 1200;
const FLASH_COLOUR = 'rgb(255, 226, 122)';

const shownText = local<string>();
const drawnLocale = local<Locale>();

function focusNeighbour(row: HTMLTableRowElement, key: string): boolean {
  // The rows of the whole table, across its row groups (concepts, then live values).
  const rows = Array.from(row.closest('table')?.querySelectorAll<HTMLTableRowElement>('tr[tabindex]') ?? []);
  const i = rows.indexOf(row);
  const target = { ArrowDown: rows[i + 1], ArrowUp: rows[i - 1], Home: rows[0], End: rows[rows.length - 1] }[key];
  target?.focus();
  return target !== undefined;
}

function enterRows(enter: Selection<EnterElement, TranslationRow, HTMLTableSectionElement, unknown>): Rows {
  const tr = enter
    .append('tr')
    .attr('tabindex', 0)
    .attr('data-row', (d) => d.id)
    .attr('data-hl', (d) => d.id)
    .on('mouseenter focus', (_event: Event, d) => setHighlight(d.id))
    .on('mouseleave blur', () => setHighlight(null))
    .on('keydown', function (event: KeyboardEvent) {
      if (focusNeighbour(this, event.key)) event.preventDefault();
    });
  tr.append('td').attr('class', 'iso-dict__ecs');
  tr.append('td').attr('class', 'iso-dict__k8s');
  tr.append('td').attr('class', 'iso-dict__note');
  return tr;
}

function renderNote(cell: HTMLTableCellElement, row: TranslationRow): void {
  const td = select(cell);
  td.selectChildren().remove();
  td.append('span').attr('class', 'iso-dict__note-text').text(row.note);
  if (!row.flag) return;
  const flag = td.append('span').attr('class', 'iso-dict__flag');
  flag.append('span').attr('class', 'iso-dict__flag-marker').attr('aria-hidden', 'true').text('≠');
  flag.append('strong').text(row.flag.label);
  for (const line of row.flag.lines) flag.append('span').attr('class', 'iso-dict__flag-line').text(line);
}

function flash(cell: HTMLTableCellElement): void {
  select(cell)
    .interrupt(FLASH_TRANSITION)
    .style('background-color', FLASH_COLOUR)
    .transition(FLASH_TRANSITION)
    .duration(FLASH_MS)
    .style('background-color', 'rgba(255, 226, 122, 0)')
    .on('end', function () {
      this.style.removeProperty('background-color');
    });
}

/** Re-renders a cell only when its content changed; flashes it when `flashes` allows. */
function updateCells(rows: Rows, className: string, text: (d: TranslationRow) => string, render: (cell: HTMLTableCellElement, d: TranslationRow) => void, flashes: boolean) {
  rows.select<HTMLTableCellElement>(`td.${className}`).each(function (d) {
    const next = text(d);
    const previous = shownText.get(this);
    if (previous === next) return;
    shownText.set(this, next);
    render(this, d);
    if (flashes && previous !== undefined) flash(this);
  });
}

export function drawTranslation(body: HTMLTableSectionElement, input: TableInput, timing: Timing): void {
  const layer = select(body);
  // Switching language changes every cell; that is not news worth a flash.
  const flashes = timing.motion && drawnLocale.get(body) === input.locale;
  drawnLocale.set(body, input.locale);
  const rows = layer
    .selectChildren<HTMLTableRowElement, TranslationRow>('tr')
    .data(input.rows, (d) => d.id)
    .join(enterRows)
    .attr('data-flagged', (d) => (d.flag ? 'true' : null));
  updateCells(rows, 'iso-dict__ecs', (d) => d.ecs, (cell, d) => void (cell.textContent = d.ecs), flashes);
  updateCells(rows, 'iso-dict__k8s', (d) => d.k8s, (cell, d) => void (cell.textContent = d.k8s), flashes);
  updateCells(rows, 'iso-dict__note', (d) => [d.note, d.flag?.label ?? '', ...(d.flag?.lines ?? [])].join('\u0000'), renderNote, flashes);
}
