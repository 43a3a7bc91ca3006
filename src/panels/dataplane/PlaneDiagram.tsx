// One side of "Who runs it?" as plain SVG (nothing moves, so React draws it, as RoleDiagram
// does): the control plane, the link to the agent, the machine with the parts that run a task or
// a pod, and the live counts. Fixed geometry in a viewBox about a column wide at 1280 px, so the
// labels grow with the screen and stay legible on a projector.

import { useId } from 'react';
import type { PlaneModel } from './dataplaneModel';

const W = 400;
const TOP = { x: 40, y: 4, w: 320, h: 52 };
const MACHINE_Y = 108;
const PART = { x: 20, w: 360, h: 44, gap: 8 };
const HEAD = 78;
const LINE = 22;

function planeHeight(model: PlaneModel): number {
  const body = model.parts.length > 0 ? model.parts.length * (PART.h + PART.gap) : model.sees.length * LINE + 12;
  return MACHINE_Y + HEAD + body + model.counts.length * 24 + 12;
}

export function PlaneDiagram({ model, label, highlight }: { model: PlaneModel; label: string; highlight: string | null }) {
  const marker = `dp-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const height = planeHeight(model);
  const machineH = height - MACHINE_Y - 4;
  const lit = (hl: string | undefined) => (hl !== undefined && hl === highlight ? ' iso-hl' : '');
  const { machine } = model;
  const machineClass = `dp-machine${machine.dark ? ' dp-machine--dark' : ''}${machine.dashed ? ' dp-machine--dashed' : ''}${lit(machine.hl)}`;
  const bodyTop = MACHINE_Y + HEAD;
  const countsTop = bodyTop + (model.parts.length > 0 ? model.parts.length * (PART.h + PART.gap) : model.sees.length * LINE + 12);
  return (
    <svg className="dp-svg" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} data-kind={model.kind}>
      <defs>
        <marker id={marker} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="dp-arrowhead" />
        </marker>
      </defs>
      <g className="dp-top">
        <rect x={TOP.x} y={TOP.y} width={TOP.w} height={TOP.h} rx={8} />
        <text x={W / 2} y={TOP.y + 22} textAnchor="middle" className="dp-title">
          {model.top.title}
        </text>
        <text x={W / 2} y={TOP.y + 42} textAnchor="middle" className="dp-sub">
          {model.top.sub}
        </text>
      </g>
      <line className="dp-link" x1={W / 2} y1={TOP.y + TOP.h + 2} x2={W / 2} y2={MACHINE_Y - 2} markerStart={`url(#${marker})`} markerEnd={`url(#${marker})`} />
      <text x={W / 2 + 10} y={(TOP.y + TOP.h + MACHINE_Y) / 2 + 5} className="dp-link-text">
        {model.link}
      </text>
      <g className={machineClass} data-hl={machine.hl}>
        <rect x={4} y={MACHINE_Y} width={W - 8} height={machineH} rx={10} />
        <text x={PART.x} y={MACHINE_Y + 24} className="dp-title">
          {machine.title}
        </text>
        {machine.id !== null && (
          <text x={PART.x} y={MACHINE_Y + 42} className="dp-id">
            {machine.id}
          </text>
        )}
        <text x={PART.x} y={machine.id === null ? MACHINE_Y + 44 : MACHINE_Y + 62} className="dp-sub">
          {machine.sub}
        </text>
        {model.sees.map((line, i) => (
          <text key={line} x={PART.x + 8} y={bodyTop + 8 + i * LINE} className="dp-sees">
            {`· ${line}`}
          </text>
        ))}
      </g>
      {model.parts.map((part, i) => {
        const y = bodyTop + i * (PART.h + PART.gap);
        return (
          <g key={part.id} className={`dp-part${lit(part.hl)}`} data-part={part.id} data-hl={part.hl}>
            <rect x={PART.x} y={y} width={PART.w} height={PART.h} rx={6} />
            <text x={PART.x + 12} y={y + 19} className="dp-part-title">
              {part.title}
            </text>
            <text x={PART.x + 12} y={y + 36} className="dp-sub">
              {part.sub}
            </text>
          </g>
        );
      })}
      {model.counts.map((count, i) => (
        <text key={count} x={PART.x} y={countsTop + 18 + i * 24} className={machine.dark ? 'dp-count dp-count--dark' : 'dp-count'} data-count={i}>
          {count}
        </text>
      ))}
    </svg>
  );
}
