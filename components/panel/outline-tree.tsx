/**
 * The draft's outline as a collapsible tree: each heading reveals itself in the editor when clicked (when the page can reveal); headings with
 * sub-headings fold with their own toggle. Level-1 headings start open, deeper ones folded; `expandAll` (set while
 * a text filter is on) opens everything so a match is never hidden.
 */
import { useState } from 'react';
import type { OutlineEntry } from '@/lib/panel/view-model';
import { useI18n } from '@/components/i18n';
import { Entry, type RevealProps } from './entry';

export interface OutlineTreeProps extends RevealProps {
  nodes: OutlineEntry[];
  expandAll: boolean;
}

export function OutlineTree({ nodes, expandAll, onReveal, revealTitle }: OutlineTreeProps) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return <Level nodes={nodes} expandAll={expandAll} toggled={toggled} toggle={toggle} onReveal={onReveal} revealTitle={revealTitle} />;
}

interface LevelProps extends OutlineTreeProps {
  toggled: ReadonlySet<string>;
  toggle(key: string): void;
}

function Level({ nodes, expandAll, toggled, toggle, onReveal, revealTitle }: LevelProps) {
  const { t } = useI18n();
  // nb. Plain nested lists: a sub-list inside its heading's <li>, folded by a button that says what it folds.
  return (
    <ul className="outline-tree">
      {nodes.map((node) => {
        const hasChildren = node.children.length > 0;
        // Open by default at level 1; a click flips the default.
        const open = expandAll || (node.level <= 1) !== toggled.has(node.key);
        return (
          <li key={node.key} className={`outline-node level-${Math.min(node.level, 4)}`}>
            <div className="outline-row">
              {hasChildren ? (
                <button type="button" className="fold" aria-expanded={open} aria-label={t('outline.fold', { title: `${node.marker}${node.title}`, n: node.children.length })} onClick={() => toggle(node.key)}>
                  {open ? '▾' : '▸'}
                </button>
              ) : (
                <span className="fold-spacer" />
              )}
              <Entry span={node} onReveal={onReveal} revealTitle={revealTitle}>
                <span className="marker">{node.marker}</span>
                {node.title}
              </Entry>
              {hasChildren && !open && (
                <span className="muted small" aria-hidden="true">
                  {node.children.length}
                </span>
              )}
            </div>
            {hasChildren && open && (
              <Level nodes={node.children} expandAll={expandAll} toggled={toggled} toggle={toggle} onReveal={onReveal} revealTitle={revealTitle} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
