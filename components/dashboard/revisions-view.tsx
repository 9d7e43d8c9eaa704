/**
 * The cross-draft view: for a document saved several times, what each revision (稿) added, changed — field by
 * field, before → after — and dropped (orphaned), newest first. Revisions saved before schema version 3 show their
 * counts only.
 */
import { useEffect, useState } from 'react';
import type { ChecklistRepository } from '@/lib/db/repository';
import type { DocumentRecord, RevisionRecord } from '@/lib/schema/checklist';
import { useI18n } from '@/components/i18n';

export function RevisionsView({ documents, repo, documentId, onDocument, onOpenItem }: { documents: DocumentRecord[]; repo: ChecklistRepository; documentId: string | undefined; onDocument(id: string): void; onOpenItem(id: string): void }) {
  const { t, dateTime } = useI18n();
  const docs = [...documents].sort((a, b) => b.revision - a.revision || b.updatedAt - a.updatedAt);
  const current = documentId ?? docs[0]?.id;
  const doc = documents.find((d) => d.id === current);
  const [revisions, setRevisions] = useState<RevisionRecord[]>([]);
  useEffect(() => {
    let alive = true;
    // nb. `doc` is a new object whenever the checklist changes, so a new save shows up at once.
    if (current && doc) void repo.listRevisions(current).then((r) => alive && setRevisions(r));
    return () => {
      alive = false;
    };
  }, [repo, current, doc]);

  const item = (x: { id: string; text: string }) => (
    <button type="button" className="row-link" onClick={() => onOpenItem(x.id)}>
      {x.text}
    </button>
  );

  return (
    <section className="revisions" data-testid="revisions-view">
      <h2 className="visually-hidden">{t('tab.revisions')}</h2>
      <label className="inline">
        {t('rev.document')}
        <select value={current ?? ''} onChange={(e) => onDocument(e.target.value)} data-testid="rev-document">
          {docs.map((d) => (
            <option key={d.id} value={d.id}>
              {t('rev.documentRevision', { title: d.title, n: d.revision })}
            </option>
          ))}
        </select>
      </label>
      {!doc && <p className="muted">{t('rev.pick')}</p>}
      {doc && revisions.length <= 1 && <p className="muted">{t('rev.none')}</p>}
      {revisions.toReversed().map((r) => (
        <article key={r.id} className="revision" data-revision={r.revision}>
          <h3>
            {t('rev.revision', { n: r.revision })} <small>{dateTime(r.savedAt)}</small> {r.revision === 1 && <span className="tag tag-muted">{t('rev.first')}</span>}
          </h3>
          <p className="muted">{t('rev.summary', { added: r.report.added, changed: r.report.changed, orphaned: r.report.orphaned, keptEdits: r.report.keptEdits })}</p>
          {r.report.separatedFrom && <p className="muted">{t('rev.separated')}</p>}
          {r.report.carried?.length ? (
            <p className="muted" data-testid="rev-carried">
              {t('rev.carried')}
              {r.report.carried.map((c) => t('save.carriedItem', { from: c.from, to: c.to, status: t(`status.${c.status}`) })).join('；')}
            </p>
          ) : null}
          {r.revision > 1 && !r.changes && <p className="muted">{t('rev.noDetail')}</p>}
          {r.revision > 1 && r.changes && !r.changes.added.length && !r.changes.changed.length && !r.changes.orphaned.length && <p className="muted">{t('rev.nothing')}</p>}
          {r.revision > 1 && r.changes && (
            <div className="rev-lists">
              {r.changes.added.length > 0 && (
                <div className="rev-added">
                  <h4>
                    {t('rev.added')} {r.changes.added.length}
                  </h4>
                  <ul>
                    {r.changes.added.map((x) => (
                      <li key={x.id}>{item(x)}</li>
                    ))}
                  </ul>
                </div>
              )}
              {r.changes.changed.length > 0 && (
                <div className="rev-changed">
                  <h4>
                    {t('rev.changed')} {r.changes.changed.length}
                  </h4>
                  <ul>
                    {r.changes.changed.map((x) => (
                      <li key={x.id}>
                        {item(x)}
                        <dl className="diff">
                          {x.fields.map((f) => (
                            <div key={f}>
                              <dt>{t(`rev.field.${f}`)}</dt>
                              <dd>
                                <del>{x.before[f] || '—'}</del> → <ins>{x.after[f] || '—'}</ins>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {r.changes.orphaned.length > 0 && (
                <div className="rev-orphaned">
                  <h4>
                    {t('rev.orphaned')} {r.changes.orphaned.length}
                  </h4>
                  <ul>
                    {r.changes.orphaned.map((x) => (
                      <li key={x.id}>{item(x)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
