// "Who runs it?" (lesson 7): for the current launch type, what runs a task — an EC2 instance with
// the ECS agent, a Fargate black box, or your own server on EXTERNAL — beside what runs a pod on
// an EKS node, each labelled with live counts from the snapshot. Static structure drawn by React
// (PlaneDiagram); the counts are sampled a few times a second, and not at all off screen.

import { SampledPanel, type SampledViewProps } from '../shared/SampledPanel';
import { launchKind } from '../network/launchKind';
import { ecsPlane, k8sPlane, type PlaneModel } from './dataplaneModel';
import { DATAPLANE_TEXT } from './dataplaneText';
import { PlaneDiagram } from './PlaneDiagram';
import './dataplane.css';


export function DataPlanePanel() {
  return <SampledPanel className="iso-panel dp-panel" body="dataplane" View={DataPlaneView} />;
}

function Side({ side, title, model, label, highlight }: { side: 'ecs' | 'k8s'; title: string; model: PlaneModel; label: string; highlight: string | null }) {
  return (
    <div className={`side side--${side}`} data-side={side}>
      <h3 className="side-title">{title}</h3>
      <PlaneDiagram model={model} label={`${label}. ${[model.machine.title, ...(model.machine.id === null ? [] : [model.machine.id]), ...model.parts.map((p) => p.title), ...model.sees, ...model.counts].join(', ')}`} highlight={highlight} />
      <p className="dp-explain">{model.explain}</p>
      {model.totals !== null && <p className="dp-totals">{model.totals}</p>}
    </div>
  );
}

export function DataPlaneView({ snapshot, locale, highlight }: SampledViewProps) {
  const t = DATAPLANE_TEXT[locale];
  return (
    <>
      <h2 className="panel-title">{t.heading}</h2>
      <p className="panel-intro">{t.intro}</p>
      {snapshot === null ? (
        <p className="empty">{t.waiting}</p>
      ) : (
        <div className="pair">
          <Side side="ecs" title={`${t.ecsSide} · ${launchKind(snapshot.scenario)}`} model={ecsPlane(snapshot, t)} label={t.diagram(t.ecsSide)} highlight={highlight} />
          <Side side="k8s" title={t.k8sSide} model={k8sPlane(snapshot, t)} label={t.diagram(t.k8sSide)} highlight={highlight} />
        </div>
      )}
    </>
  );
}
