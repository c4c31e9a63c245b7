import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/types';
import { ancestorIds, buildTree, filterTree, flattenTree, subtreeIds } from './tree';

function unit(id: string, name: string, parentId: string | null, code = id.toUpperCase()): Unit {
  return {
    id,
    code,
    name,
    typeCode: 'school',
    parentId,
    address: null,
    status: 'active',
    validFrom: '2025-07-01',
    validTo: null,
    mergedInto: null,
  };
}

// A small province after the 2025 reform: Sở → communes → schools.
const UNITS: Unit[] = [
  unit('thpt-ll', 'Trường THPT Lê Lợi', 'so'),
  unit('so', 'Sở GD&ĐT Quảng Trị', null, 'SO'),
  unit('xa-a', 'Phường Đông Hà', 'so'),
  unit('xa-b', 'Xã Ái Tử', 'so'),
  unit('th-1', 'Trường Tiểu học Đông Lễ', 'xa-a'),
  unit('thcs-1', 'Trường THCS Nguyễn Trãi', 'xa-a'),
  unit('mn-1', 'Trường Mầm non Hoa Sen', 'xa-b'),
];

describe('buildTree', () => {
  it('nests units under their parents and sorts siblings in Vietnamese order', () => {
    const roots = buildTree(UNITS);
    expect(roots.map((node) => node.unit.id)).toEqual(['so']);
    const so = roots[0];
    expect(so?.children.map((node) => node.unit.name)).toEqual([
      'Phường Đông Hà',
      'Trường THPT Lê Lợi',
      'Xã Ái Tử',
    ]);
    expect(flattenTree(roots).map((node) => [node.unit.id, node.depth])).toEqual([
      ['so', 0],
      ['xa-a', 1],
      ['thcs-1', 2],
      ['th-1', 2],
      ['thpt-ll', 1],
      ['xa-b', 1],
      ['mn-1', 2],
    ]);
  });

  it('makes a unit whose parent is out of view a root', () => {
    // A commune officer sees only their commune and its schools.
    const roots = buildTree(UNITS.filter((u) => ['xa-a', 'th-1', 'thcs-1'].includes(u.id)));
    expect(roots.map((node) => node.unit.id)).toEqual(['xa-a']);
    expect(roots[0]?.children).toHaveLength(2);
  });

  it('never loses units caught in a parent cycle', () => {
    const cyclic = [unit('a', 'A', 'b'), unit('b', 'B', 'a'), unit('c', 'C', null)];
    const all = flattenTree(buildTree(cyclic)).map((node) => node.unit.id);
    expect(all.sort()).toEqual(['a', 'b', 'c']);
  });

  it('handles an empty list', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('filterTree', () => {
  const roots = buildTree(UNITS);

  it('matches without accents and keeps the path to each match open', () => {
    const result = filterTree(roots, 'dong le');
    expect([...result.matches]).toEqual(['th-1']);
    expect([...result.visible].sort()).toEqual(['so', 'th-1', 'xa-a']);
    expect([...result.expand].sort()).toEqual(['so', 'xa-a']);
  });

  it('treats đ as d and ignores case', () => {
    expect([...filterTree(roots, 'ĐÔNG HÀ').matches]).toEqual(['xa-a']);
    expect([...filterTree(roots, 'dong ha').matches]).toEqual(['xa-a']);
  });

  it('requires every word, in any order, in the name or the code', () => {
    expect([...filterTree(roots, 'trai nguyen').matches]).toEqual(['thcs-1']);
    expect([...filterTree(roots, 'thpt-ll').matches]).toEqual(['thpt-ll']);
    expect(filterTree(roots, 'nguyen hoa').matches.size).toBe(0);
  });

  it('matches decomposed (NFD) text the same as composed text', () => {
    expect([...filterTree(roots, 'Mầm non'.normalize('NFD')).matches]).toEqual(['mn-1']);
  });

  it('adds units the server matched on other fields', () => {
    const result = filterTree(roots, 'khu pho 3', new Set(['mn-1']));
    expect([...result.matches]).toEqual(['mn-1']);
    expect(result.visible.has('xa-b')).toBe(true);
  });

  it('returns nothing for a blank query', () => {
    expect(filterTree(roots, '   ').visible.size).toBe(0);
  });
});

describe('ancestors and subtrees', () => {
  it('lists ancestors from the root down', () => {
    expect(ancestorIds(UNITS, 'th-1')).toEqual(['so', 'xa-a']);
    expect(ancestorIds(UNITS, 'so')).toEqual([]);
  });

  it('collects a unit and everything below it', () => {
    expect([...subtreeIds(UNITS, 'xa-a')].sort()).toEqual(['th-1', 'thcs-1', 'xa-a']);
  });
});
