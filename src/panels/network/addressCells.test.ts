import { describe, expect, it } from 'vitest';
import { subnet } from '../shared/snapshotFixture';
import { subnetPicture } from './addressCells';

describe('subnetPicture', () => {
  it('draws a /28 as 16 cells: the first four and the last reserved by AWS, 11 usable', () => {
    const picture = subnetPicture(subnet('subnet-small', '10.0.9.0/28', 'us-east-1a'));
    if (picture.mode !== 'cells') throw new Error('a /28 is drawn cell by cell');
    expect(picture.cells).toHaveLength(16);
    const reserved = picture.cells.filter((c) => c.state === 'reserved');
    expect(reserved.map((c) => [c.ip, c.state === 'reserved' ? c.role : ''])).toEqual([
      ['10.0.9.0', 'network'],
      ['10.0.9.1', 'router'],
      ['10.0.9.2', 'dns'],
      ['10.0.9.3', 'future'],
      ['10.0.9.15', 'broadcast'],
    ]);
    expect(picture.cells.filter((c) => c.state !== 'reserved')).toHaveLength(11);
    expect(picture.usable).toBe(11);
  });

  it('puts each held address at its place after the reserved four, with who holds it', () => {
    const s = subnet('subnet-small', '10.0.9.0/28', 'us-east-1a', [
      { holder: 'i-1', kind: 'instance' },
      { holder: 'task-a', kind: 'task' },
      { holder: 'task-b', kind: 'task', index: 5 },
    ]);
    const picture = subnetPicture(s);
    if (picture.mode !== 'cells') throw new Error('cells expected');
    const held = picture.cells.flatMap((c) => (c.state === 'held' ? [[c.ip, c.held.holder]] : []));
    expect(held).toEqual([
      ['10.0.9.4', 'i-1'],
      ['10.0.9.5', 'task-a'],
      ['10.0.9.9', 'task-b'],
    ]);
    expect(picture.used).toBe(3);
    expect(picture.cells.filter((c) => c.state === 'free')).toHaveLength(8);
  });

  it('draws a /24 cell by cell (256 cells, 251 usable) and a /18 as one bar with its numbers', () => {
    const small = subnetPicture(subnet('subnet-24', '10.0.1.0/24', 'us-east-1a'));
    expect(small.mode === 'cells' && small.cells.length).toBe(256);
    expect(small.usable).toBe(251);
    const big = subnetPicture(subnet('subnet-1a', '10.0.0.0/18', 'us-east-1a', [{ holder: 't', kind: 'task' }], 8));
    expect(big).toEqual({ mode: 'bar', size: 16384, usable: 16379, used: 9, fraction: 9 / 16379 });
  });
});
