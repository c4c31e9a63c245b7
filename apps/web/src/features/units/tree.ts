import type { Unit } from '../../api/types';
import { matchesAll, queryTerms } from './search';

export interface TreeNode {
  unit: Unit;
  depth: number;
  children: TreeNode[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function byName(a: TreeNode, b: TreeNode): number {
  return collator.compare(a.unit.name, b.unit.name) || collator.compare(a.unit.code, b.unit.code);
}

/**
 * The tree from a flat list. A unit whose parent is not in the list (outside
 * the caller's scope, or the top of the province) is a root. A broken parent
 * chain (a cycle) cannot hide units: whatever is unreachable becomes a root.
 */
export function buildTree(units: readonly Unit[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  for (const unit of units) nodes.set(unit.id, { unit, depth: 0, children: [] });

  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }

  const placed = new Set<string>();
  const settle = (list: TreeNode[], depth: number) => {
    list.sort(byName);
    for (const node of list) {
      placed.add(node.unit.id);
      node.depth = depth;
      settle(node.children, depth + 1);
    }
  };
  settle(roots, 0);

  // Units caught in a cycle were attached to each other but never reached.
  for (const node of nodes.values()) {
    if (placed.has(node.unit.id)) continue;
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children = parent.children.filter((child) => child !== node);
    roots.push(node);
    settle([node], 0);
  }
  roots.sort(byName);
  return roots;
}

/** The tree in reading order (depth first), e.g. for a <select> of units. */
export function flattenTree(roots: readonly TreeNode[]): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

export interface TreeFilter {
  /** Units that match every search word. */
  matches: Set<string>;
  /** Matches and their ancestors: what stays visible. */
  visible: Set<string>;
  /** Ancestors of matches, opened so every match can be seen. */
  expand: Set<string>;
}

/** Filters the tree by a query on name and code, keeping the path to each match. */
export function filterTree(
  roots: readonly TreeNode[],
  query: string,
  extraMatches?: ReadonlySet<string>,
): TreeFilter {
  const terms = queryTerms(query);
  const result: TreeFilter = { matches: new Set(), visible: new Set(), expand: new Set() };
  if (terms.length === 0) return result;

  const visit = (node: TreeNode): boolean => {
    const id = node.unit.id;
    let anyChild = false;
    for (const child of node.children) {
      if (visit(child)) anyChild = true;
    }
    const self = matchesAll(terms, [node.unit.name, node.unit.code]) || (extraMatches?.has(id) ?? false);
    if (self) result.matches.add(id);
    if (self || anyChild) result.visible.add(id);
    if (anyChild) result.expand.add(id);
    return self || anyChild;
  };
  for (const root of roots) visit(root);
  return result;
}

/** The ids from the root down to (not including) the unit. */
export function ancestorIds(units: readonly Unit[], id: string): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const chain: string[] = [];
  const seen = new Set<string>([id]);
  let current = byId.get(id)?.parentId ?? null;
  while (current && byId.has(current) && !seen.has(current)) {
    chain.unshift(current);
    seen.add(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return chain;
}

/** The unit and everything below it: a unit cannot be moved or merged into these. */
export function subtreeIds(units: readonly Unit[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit.id);
    children.set(unit.parentId, list);
  }
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop() as string;
    if (out.has(current)) continue;
    out.add(current);
    stack.push(...(children.get(current) ?? []));
  }
  return out;
}
