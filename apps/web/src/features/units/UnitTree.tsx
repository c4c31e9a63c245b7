import type { Unit } from '../../api/types';
import { Badge } from '../../components/Badge';
import { Highlight } from '../../components/Highlight';
import { useT } from '../../i18n';
import { highlightRanges } from './search';
import type { TreeFilter, TreeNode } from './tree';

export interface UnitTreeProps {
  roots: TreeNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  selectedId: string | null;
  onSelect: (unit: Unit) => void;
  /** Null when there is no search. */
  filter: TreeFilter | null;
  terms: string[];
}

/**
 * Nested lists of buttons: a disclosure button opens a branch, the name
 * selects the unit. Plain buttons keep it usable with any screen reader.
 */
export function UnitTree(props: UnitTreeProps) {
  const t = useT();
  const roots = props.filter
    ? props.roots.filter((node) => props.filter?.visible.has(node.unit.id))
    : props.roots;
  if (roots.length === 0)
    return <p className="tree__empty">{props.filter ? t('units.noMatch') : t('units.empty')}</p>;
  return (
    <ul className="tree">
      {roots.map((node) => (
        <TreeItem key={node.unit.id} node={node} {...props} />
      ))}
    </ul>
  );
}

function TreeItem({ node, ...props }: UnitTreeProps & { node: TreeNode }) {
  const t = useT();
  const { unit } = node;
  const children = props.filter
    ? node.children.filter((child) => props.filter?.visible.has(child.unit.id))
    : node.children;
  const open = props.expanded.has(unit.id);
  const selected = props.selectedId === unit.id;
  const isMatch = props.filter?.matches.has(unit.id) ?? false;

  return (
    <li className="tree__item">
      <div
        className={`tree__row${selected ? ' tree__row--selected' : ''}${isMatch ? ' tree__row--match' : ''}`}
      >
        {children.length > 0 ? (
          <button
            type="button"
            className="tree__toggle"
            aria-expanded={open}
            onClick={() => props.onToggle(unit.id)}
          >
            <span className={`tree__chevron${open ? ' tree__chevron--open' : ''}`} aria-hidden="true" />
            <span className="visually-hidden">
              {open ? t('units.collapse', { name: unit.name }) : t('units.expand', { name: unit.name })}
            </span>
          </button>
        ) : (
          <span className="tree__spacer" aria-hidden="true" />
        )}
        <button
          type="button"
          className="tree__label"
          aria-current={selected ? 'true' : undefined}
          onClick={() => props.onSelect(unit)}
        >
          <span className="tree__name">
            <Highlight text={unit.name} ranges={highlightRanges(unit.name, props.terms)} />
          </span>
          <span className="tree__code">
            <Highlight text={unit.code} ranges={highlightRanges(unit.code, props.terms)} />
          </span>
          {unit.status !== 'active' && (
            <Badge tone={unit.status === 'merged' ? 'info' : 'warning'}>
              {t(`unitStatus.${unit.status}`)}
            </Badge>
          )}
          {children.length > 0 && !open && (
            <span className="tree__count">{t('units.childCount', { count: children.length })}</span>
          )}
        </button>
      </div>
      {open && children.length > 0 && (
        <ul className="tree__children">
          {children.map((child) => (
            <TreeItem key={child.unit.id} {...props} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
