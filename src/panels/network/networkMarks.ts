// Pure geometry of the ENI panel: one MarkScene per subnet, container instance, EKS node, and
// for the Fargate task ENIs. Cells and slots are keyed so that an address or ENI taken or given
// back fades in or out in place (drawMarks.ts), while the grid itself stays put.

import type { ContainerInstanceView, NodeView, SubnetView } from '../../sim';
import { subnetPicture } from './addressCells';
import { instanceSlots, shortId, type FargateEni } from './eniSlots';
import { cellGrid, flowBoxes, round, type MarkScene, type RectMark } from './markScene';
import type { NetworkText } from './networkText';

const MIN_CELL = 12;
const MAX_CELL = 28;
const BAR_HEIGHT = 24;
const SLOT_H = 40;
const SLOT_GAP = 4;
const IP_CELL = 26;
const ROW_GAP = 8;
const LABEL_FONT_ADVANCE = 7.2;
/** The marks' translation-table row: each task has its own ENI and IP (translationText "targetgroup-service"). */
export const TASK_ENI_HL = 'targetgroup-service';
/** Past this many Fargate task ENIs the rest are counted, not drawn. */
export const MAX_FARGATE_MARKS = 240;

const label = (tip: readonly string[]) => tip.join(', ');
const fits = (text: string, width: number) => text.slice(0, Math.max(1, Math.floor((width - 6) / LABEL_FONT_ADVANCE)));

/** Where an ENI sits, for an address's tooltip ("on i-0ab…", "on ip-10-0-1-10…"). */
export type EniOwner = (eniId: string) => string | null;

export function subnetScene(subnet: SubnetView, width: number, t: NetworkText, ownerOf: EniOwner): MarkScene {
  const picture = subnetPicture(subnet);
  const scene: MarkScene = { width, height: 0, rects: [], overlays: [], paths: [], texts: [] };
  const where = t.inSubnet(`${subnet.subnetId} (${subnet.cidr}, ${subnet.availabilityZone})`);
  if (picture.mode === 'bar') {
    const tip = [t.subnetCounts(picture.usable, picture.used), t.compressed(picture.size), where];
    scene.rects.push({ id: 'track', x: 0.5, y: 0.5, w: width - 1, h: BAR_HEIGHT, className: 'net-bar', label: label(tip), tip, order: 0 });
    const used = picture.used > 0 ? Math.max(3, picture.fraction * (width - 1)) : 0;
    scene.overlays.push({ id: 'used', x: 0.5, y: 0.5, w: round(used), h: BAR_HEIGHT, className: 'net-bar-used' });
    scene.height = BAR_HEIGHT + 1;
    return scene;
  }
  const { cols, cell, rows } = cellGrid(picture.cells.length, width, MIN_CELL, MAX_CELL);
  const size = cell - 2;
  for (const c of picture.cells) {
    const x = 1 + (c.offset % cols) * cell;
    const y = 1 + Math.floor(c.offset / cols) * cell;
    let tip: string[];
    if (c.state === 'reserved') tip = [t.reserved(c.ip, c.role), where];
    else if (c.state === 'free') tip = [t.free(c.ip), where];
    else {
      const owner = ownerOf(c.held.eniId);
      tip = [c.ip, t.heldBy(c.held.kind, c.held.holder), owner === null ? t.onEni(c.held.eniId) : `${t.onEni(c.held.eniId)} · ${owner}`, where];
      scene.overlays.push({ id: `${c.offset}:${c.held.holder}`, x, y, w: size, h: size, className: `net-fill net-fill--${c.held.kind}` });
    }
    scene.rects.push({ id: String(c.offset), x, y, w: size, h: size, className: `net-cell net-cell--${c.state}`, label: label(tip), tip, order: c.offset });
    if (c.state === 'reserved') scene.paths.push({ id: String(c.offset), d: `M${x + 2},${y + size - 2}L${x + size - 2},${y + 2}`, className: 'net-reserved-mark' });
  }
  scene.height = rows * cell + 2;
  return scene;
}

export function instanceScene(instance: ContainerInstanceView, width: number, t: NetworkText): MarkScene {
  const slots = instanceSlots(instance);
  const scene: MarkScene = { width, height: 0, rects: [], overlays: [], paths: [], texts: [] };
  // Wide enough for 'primary' (7 characters at 12 px) either way.
  const w = slots.length <= 8 ? 76 : 60;
  const { perLine, lines } = flowBoxes(slots.length, width - 2, w, SLOT_GAP);
  const limit = instance.taskEniLimit;
  slots.forEach((slot, k) => {
    const x = 1 + (k % perLine) * (w + SLOT_GAP);
    const y = 1 + Math.floor(k / perLine) * (SLOT_H + SLOT_GAP);
    let tip: string[];
    let name: string;
    if (slot.kind === 'free') {
      tip = [t.freeSlot(slot.position, limit), t.freeSlotWhy];
      name = t.slotNames.free;
    } else {
      const { eni } = slot;
      const head = slot.kind === 'primary' ? t.primaryEni(instance.ec2InstanceId) : slot.kind === 'trunk' ? t.trunkEni(instance.ec2InstanceId) : t.taskEni(eni.taskId ?? '');
      tip = [head, t.onEni(eni.eniId), eni.privateIp, t.inSubnet(eni.subnetId), t.securityGroups(eni.securityGroups)];
      name = slot.kind === 'task' ? shortId(eni.taskId ?? eni.eniId) : t.slotNames[slot.kind];
    }
    scene.rects.push({
      id: slot.key,
      x,
      y,
      w,
      h: SLOT_H,
      className: `net-slot net-slot--${slot.kind}`,
      label: label(tip),
      tip,
      order: k,
      hl: slot.kind === 'task' ? TASK_ENI_HL : undefined,
    });
    scene.texts.push({ id: slot.key, x: x + w / 2, y: y + SLOT_H / 2 + 4, text: fits(name, w), className: `net-slot-text net-slot-text--${slot.kind}`, anchor: 'middle' });
  });
  scene.height = lines * (SLOT_H + SLOT_GAP) - SLOT_GAP + 2;
  return scene;
}

export function nodeScene(node: NodeView, width: number, t: NetworkText): MarkScene {
  const scene: MarkScene = { width, height: 0, rects: [], overlays: [], paths: [], texts: [] };
  const primaryW = 76;
  const { perLine } = flowBoxes(Math.max(1, Math.max(0, ...node.enis.map((e) => e.secondaryIps.length))), width - primaryW - SLOT_GAP - 2, IP_CELL, 2);
  let top = 1;
  let order = 0;
  for (const eni of node.enis) {
    const subnet = t.inSubnet(eni.subnetId);
    const primaryTip = [t.nodePrimaryIp(eni.primaryIp), t.onEni(eni.eniId), subnet, t.nodePrimaryWhy];
    scene.rects.push({ id: `${eni.eniId}:primary`, x: 1, y: top, w: primaryW, h: IP_CELL, className: 'net-slot net-slot--node', label: label(primaryTip), tip: primaryTip, order: order++ });
    scene.texts.push({ id: `${eni.eniId}:primary`, x: 1 + primaryW / 2, y: top + IP_CELL / 2 + 4, text: t.slotNames.primary, className: 'net-slot-text net-slot-text--node', anchor: 'middle' });
    const left = 1 + primaryW + SLOT_GAP;
    eni.secondaryIps.forEach((s, k) => {
      const x = left + (k % perLine) * (IP_CELL + 2);
      const y = top + Math.floor(k / perLine) * (IP_CELL + 2);
      const tip = s.pod === null ? [t.warmIp(s.ip), t.onEni(eni.eniId), subnet, t.warmWhy] : [t.podIp(s.ip, s.pod), t.onEni(eni.eniId), subnet];
      scene.rects.push({ id: `${eni.eniId}:${s.ip}`, x, y, w: IP_CELL - 2, h: IP_CELL - 2, className: 'net-cell net-cell--ip', label: label(tip), tip, order: order++ });
      if (s.pod !== null) scene.overlays.push({ id: `${s.ip}:${s.pod}`, x, y, w: IP_CELL - 2, h: IP_CELL - 2, className: 'net-fill net-fill--pod' });
    });
    const rows = Math.max(1, Math.ceil(eni.secondaryIps.length / perLine));
    top += rows * (IP_CELL + 2) + ROW_GAP;
  }
  scene.height = Math.max(0, top - ROW_GAP + 1);
  return scene;
}

export function fargateScene(enis: readonly FargateEni[], securityGroups: readonly string[], width: number, t: NetworkText): MarkScene {
  const scene: MarkScene = { width, height: 0, rects: [], overlays: [], paths: [], texts: [] };
  const shown = enis.slice(0, MAX_FARGATE_MARKS);
  const size = 28;
  const { perLine, lines } = flowBoxes(shown.length, width - 2, size, SLOT_GAP);
  shown.forEach((e, k) => {
    const tip = [t.fargateEni(e.taskId, e.lastStatus, e.attachmentStatus), t.onEni(e.eniId), e.privateIp, t.inSubnet(`${e.subnetId} (${e.availabilityZone})`), t.securityGroups(securityGroups)];
    const state = e.attachmentStatus === 'ATTACHED' ? 'task' : e.attachmentStatus === 'DETACHING' ? 'detaching' : 'attaching';
    const mark: RectMark = { id: e.taskId, x: 1 + (k % perLine) * (size + SLOT_GAP), y: 1 + Math.floor(k / perLine) * (size + SLOT_GAP), w: size, h: size, className: `net-slot net-slot--${state}`, label: label(tip), tip, order: k, hl: TASK_ENI_HL };
    scene.rects.push(mark);
  });
  scene.height = shown.length === 0 ? 0 : lines * (size + SLOT_GAP) - SLOT_GAP + 2;
  return scene;
}
