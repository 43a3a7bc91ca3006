// The Kubernetes half of the rollout panel as data: pods grouped by their ReplicaSet, newest
// revision first, each ReplicaSet as a `kubectl get rs` row (reference/k8s.md §3.2: NAME DESIRED
// CURRENT READY AGE). AGE gives way to AVAILABLE, the count the rollout limits are about; on a
// narrow panel AVAILABLE moves to the second line, and narrower still the columns become labels.

import type { ReplicaSetView, Snapshot } from '../../sim';
import type { Locale } from '../../store/appStore';
import { podCategory } from '../shared/statusColour';
import type { Span } from '../shared/textFlow';
import { ROLLOUT_TEXT } from './rolloutText';
import {
  CURRENT_TEMPLATE_HL,
  DESIRED_HL,
  GROUP_HL,
  LOWER_BOUND_HL,
  TEMPLATE_HL,
  UPPER_BOUND_HL,
  span,
  unitCounts,
  type GroupModel,
  type HeaderVariant,
  type SideModel,
} from './sideModel';

const COLUMNS = ['DESIRED', 'CURRENT', 'READY', 'AVAILABLE'] as const;
type Column = (typeof COLUMNS)[number];
/** kubectl separates columns with three spaces. */
const GAP = 3;

const count = (rs: ReplicaSetView, column: Column) =>
  ({ DESIRED: rs.replicas, CURRENT: rs.currentReplicas, READY: rs.readyReplicas, AVAILABLE: rs.availableReplicas })[column];
const columnHl = (column: Column) => (column === 'DESIRED' ? DESIRED_HL : '');

/** The RS name split so the pod-template-hash part can light up on its own. */
function nameSpans(rs: ReplicaSetView, hashHl: string): Span[] {
  if (!rs.podTemplateHash || !rs.name.endsWith(rs.podTemplateHash)) return [span(rs.name, GROUP_HL)];
  return [span(rs.name.slice(0, -rs.podTemplateHash.length), GROUP_HL), span(rs.podTemplateHash, hashHl)];
}

/** Cells padded to their column width (the padding its own span, so a highlight skips it). */
function padded(cells: { text: string; width: number; hl: string }[]): Span[] {
  return cells.flatMap((c, i) => (i === cells.length - 1 ? [span(c.text, c.hl)] : [span(c.text, c.hl), span(' '.repeat(Math.max(1, c.width + GAP - c.text.length)))]));
}

interface Row {
  rs: ReplicaSetView;
  hashHl: string;
  image: string;
}

/** kubectl's aligned table over `columns`; `second` is each group's line below the row. */
function table(rows: Row[], columns: readonly Column[], second: (row: Row) => Span[]): HeaderVariant {
  const nameWidth = Math.max(4, ...rows.map((r) => r.rs.name.length));
  const caption = padded([{ text: 'NAME', width: nameWidth, hl: '' }, ...columns.map((c) => ({ text: c, width: c.length, hl: columnHl(c) }))]);
  const lines = rows.map((r) => {
    const [prefix, ...hash] = nameSpans(r.rs, r.hashHl);
    const name = [prefix, ...hash, span(' '.repeat(nameWidth + GAP - r.rs.name.length))];
    const cells = padded(columns.map((c) => ({ text: String(count(r.rs, c)), width: c.length, hl: columnHl(c) })));
    return [[...name, ...cells], second(r)];
  });
  return { caption, lines, aligned: true };
}

function headerVariants(rows: Row[], caption: string): HeaderVariant[] {
  const revision = (r: Row) => span(`revision ${r.rs.revision}`, GROUP_HL);
  const image = (r: Row) => span(`image ${r.image}`, TEMPLATE_HL);
  const labelled = rows.map((r) => [
    [{ text: r.rs.name, hl: `${GROUP_HL} ${r.hashHl}` }, ...COLUMNS.map((c) => span(`${c} ${count(r.rs, c)}`, columnHl(c)))],
    [revision(r), image(r)],
  ]);
  return [
    table(rows, COLUMNS, (r) => [revision(r), span('  '), image(r)]),
    table(rows, COLUMNS.slice(0, 3), (r) => [revision(r), span(`  AVAILABLE ${r.rs.availableReplicas}  `), image(r)]),
    { caption: [span(caption, GROUP_HL)], lines: labelled, aligned: false },
  ];
}

export function k8sSide(snapshot: Snapshot, locale: Locale): SideModel {
  const t = ROLLOUT_TEXT[locale];
  const { deployment, replicaSets, pods } = snapshot.k8s;
  const podsByRs = new Map<string, number>();
  for (const pod of pods) podsByRs.set(pod.replicaSet, (podsByRs.get(pod.replicaSet) ?? 0) + 1);
  // Old ReplicaSets scaled to 0 stay for rollback (revisionHistoryLimit); like ECS's INACTIVE
  // deployments they are left out once they have no pods.
  const shown = replicaSets.filter((rs) => rs.replicas > 0 || podsByRs.has(rs.name)).sort((a, b) => b.revision - a.revision);
  const newestRevision = Math.max(0, ...replicaSets.map((rs) => rs.revision));
  const rows = shown.map((rs) => ({
    rs,
    hashHl: rs.revision === newestRevision ? CURRENT_TEMPLATE_HL : TEMPLATE_HL,
    // The image basename (…/web:v2 → web:v2) is what the pod template changed.
    image: rs.image.slice(rs.image.lastIndexOf('/') + 1),
  }));
  const groups = new Map<string, GroupModel>(shown.map((rs) => [rs.name, { id: rs.name, units: [], data: { replicaset: rs.name, revision: String(rs.revision) } }]));

  for (const pod of pods) {
    const category = podCategory(pod);
    if (category === 'stopped') continue;
    groups.get(pod.replicaSet)?.units.push({
      id: pod.name,
      category,
      data: { side: 'k8s', id: pod.name, status: pod.status, phase: pod.phase, ready: String(pod.ready), available: String(pod.available), category, replicaset: pod.replicaSet },
    });
  }

  for (const group of groups.values()) Object.assign(group.data, unitCounts(group.units));

  const { replicas, strategy, availableReplicas } = deployment;
  // MaxUnavailable is capped at replicas (deployment_util.go MaxUnavailable, reference/k8s.md §1.2).
  const lower = replicas - Math.min(strategy.resolvedMaxUnavailable, replicas);
  const upper = replicas + strategy.resolvedMaxSurge;
  // status.replicas: pods that exist and are not terminating (reference/k8s.md §1.7 calculateStatus).
  const total = replicaSets.reduce((sum, rs) => sum + rs.currentReplicas, 0);
  return {
    side: 'k8s',
    title: [span(t.k8sTitle(deployment.name), GROUP_HL), span(`replicas ${replicas}`, DESIRED_HL)],
    boundsText: [span(t.atLeastAvailable(lower), LOWER_BOUND_HL), span(t.atMostPods(upper), UPPER_BOUND_HL)],
    nowText: [span(t.totalPods(total)), span(t.availablePods(availableReplicas))],
    headers: headerVariants(rows, t.replicaSetsCaption),
    bounds: { lower, upper, desired: replicas, total, counted: availableReplicas },
    groups: [...groups.values()],
  };
}
