import { useMemo } from 'react';
import { useAtlasStore } from '../state/store';
import { defaultSideOf } from './pointSides';
import { AddPointButton } from './workspace/AddPointButton';

/** Every point as a list grouped by channel: the screen-reader (and keyboard) way to browse and select. */
export function PointList() {
  const data = useAtlasStore((s) => s.data);
  const select = useAtlasStore((s) => s.select);
  const groups = useMemo(() => {
    if (!data) return [];
    const names = new Map<string, string>(data.channels.map((c) => [c.code, `${c.code} ${c.english}`]));
    const by = new Map<string, typeof data.points>();
    for (const p of data.points) {
      const g = p.channel ? (names.get(p.channel) ?? p.channel) : 'Extra points';
      by.set(g, [...(by.get(g) ?? []), p]);
    }
    return [...by.entries()];
  }, [data]);
  if (!data) return null;
  return (
    <details className="point-list">
      <summary>All points as a list ({data.points.length})</summary>
      {groups.map(([group, points]) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <ul>
            {points.map((p) => (
              <li key={p.code}>
                <button
                  type="button"
                  className="link"
                  onClick={() => select(defaultSideOf(p, useAtlasStore.getState().selection), true)}
                >
                  {p.code} {p.pinyin} <span lang="zh-Hant">{p.hanzi}</span> — {p.english}
                </button>
                <AddPointButton point={p} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
