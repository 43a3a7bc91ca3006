// One side of the IAM diagram as plain SVG (nothing animates, so React draws it): who acts, the
// role it acts as, and below the role the AWS calls it must be allowed. A call the deployed
// revision's fault denies is drawn broken, in red, with its target. Geometry is fixed in a
// viewBox about as wide as a column at 1280 px, so text stays legible and grows on big screens.

import type { ReactNode } from 'react';

export interface RoleBox {
  id: string;
  /** Two short lines: the field or kind, and the name. */
  lines: [string, string];
  /** The full ARN, as a tooltip. */
  title?: string;
  /** Translation-table row this box answers to (data-hl). */
  hl?: string;
}

export interface RoleCall {
  id: string;
  service: string;
  action: string;
  denied: boolean;
}

export interface RoleRow {
  actor: string;
  role: RoleBox;
  calls: RoleCall[];
}

interface RoleDiagramProps {
  rows: [RoleRow, RoleRow];
  label: string;
  denied: string;
  highlight: string | null;
}

export const WIDTH = 400;
const ACTOR = { x: 0, w: 118, h: 48 };
const ROLE = { x: 148, w: 252, h: 48 };
const CALL = { w: 126, h: 42, gap: 11 };
/** Between a role and the row of its calls. */
const DROP = 30;
const ROW_GAP = 26;
const rowHeight = ROLE.h + DROP + CALL.h;
export const HEIGHT = 4 + 2 * rowHeight + ROW_GAP + 4;

/** Left edges of a row's call boxes: one centred under the role, more spread across the width. */
export function callLefts(count: number): number[] {
  if (count === 1) return [ROLE.x + (ROLE.w - CALL.w) / 2];
  const total = count * CALL.w + (count - 1) * CALL.gap;
  const start = WIDTH - total;
  return Array.from({ length: count }, (_, i) => start + i * (CALL.w + CALL.gap));
}

function Box({ x, y, w, h, className, children, title, hl, highlight }: { x: number; y: number; w: number; h: number; className: string; children: ReactNode; title?: string; hl?: string; highlight?: string | null }) {
  const lit = hl !== undefined && highlight === hl;
  return (
    <g className={lit ? `${className} iso-hl` : className} data-hl={hl}>
      {title !== undefined && <title>{title}</title>}
      <rect x={x + 1} y={y} width={w - 2} height={h} rx={6} />
      {children}
    </g>
  );
}

export function RoleDiagram({ rows, label, denied, highlight }: RoleDiagramProps) {
  return (
    <svg className="roles-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <defs>
        <marker id="roles-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="roles-arrowhead" />
        </marker>
      </defs>
      {rows.map((row, r) => {
        const top = 4 + r * (rowHeight + ROW_GAP);
        const mid = top + ROLE.h / 2;
        const callTop = top + ROLE.h + DROP;
        const lefts = callLefts(row.calls.length);
        const from = { x: ROLE.x + ROLE.w / 2, y: top + ROLE.h };
        return (
          <g key={row.role.id} data-row={row.role.id}>
            <Box x={ACTOR.x} y={top} w={ACTOR.w} h={ACTOR.h} className="roles-actor">
              <text x={ACTOR.x + ACTOR.w / 2} y={mid + 4} textAnchor="middle">
                {row.actor}
              </text>
            </Box>
            <line className="roles-edge" x1={ACTOR.x + ACTOR.w} y1={mid} x2={ROLE.x - 1} y2={mid} markerEnd="url(#roles-arrow)" />
            <Box x={ROLE.x} y={top} w={ROLE.w} h={ROLE.h} className="roles-role" title={row.role.title} hl={row.role.hl} highlight={highlight}>
              <text x={ROLE.x + ROLE.w / 2} y={top + 20} textAnchor="middle" className="roles-kind">
                {row.role.lines[0]}
              </text>
              <text x={ROLE.x + ROLE.w / 2} y={top + 38} textAnchor="middle" className="roles-name">
                {row.role.lines[1]}
              </text>
            </Box>
            {row.calls.map((call, i) => {
              const to = { x: lefts[i] + CALL.w / 2, y: callTop - 1 };
              return (
                <g key={call.id} data-call={call.id} data-denied={call.denied} className={call.denied ? 'roles-call roles-call--denied' : 'roles-call'}>
                  <line className="roles-edge" x1={from.x} y1={from.y} x2={to.x} y2={to.y} markerEnd="url(#roles-arrow)" />
                  <Box x={lefts[i]} y={callTop} w={CALL.w} h={CALL.h} className="roles-target">
                    <text x={lefts[i] + CALL.w / 2} y={callTop + 17} textAnchor="middle">
                      {call.service}
                    </text>
                    <text x={lefts[i] + CALL.w / 2} y={callTop + 33} textAnchor="middle" className="roles-action">
                      {call.action}
                    </text>
                  </Box>
                  {call.denied && (
                    <g className="roles-cross" transform={`translate(${(from.x + to.x) / 2} ${(from.y + to.y) / 2})`}>
                      <circle r={9} />
                      <path d="M-4,-4 L4,4 M4,-4 L-4,4" />
                      <text x={13} y={4}>
                        {denied}
                      </text>
                    </g>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
