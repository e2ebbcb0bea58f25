import { Link, useParams } from 'react-router';
import { graphql } from '../graphql-brand';
import type { IdeaStatus } from '../graphql-brand/graphql';
import { ApiError, graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import type { MessageKey } from '../lib/i18n/en';
import { useI18n } from '../lib/i18n/i18n';
import { BrandField, BrandForm } from './brand-form';

const ChangeStatus = /* @__PURE__ */ graphql(`
  mutation TriageChangeStatus($input: ChangeIdeaStatusInput!) {
    changeIdeaStatus(input: $input) {
      id
      status
    }
  }
`);

const PostUpdate = /* @__PURE__ */ graphql(`
  mutation TriagePostUpdate($input: PostIdeaUpdateInput!) {
    postIdeaUpdate(input: $input) {
      id
      nextUpdateDueAt
    }
  }
`);

const MergeIdea = /* @__PURE__ */ graphql(`
  mutation TriageMergeIdea($input: MergeIdeaInput!) {
    mergeIdea(input: $input) {
      id
    }
  }
`);

export interface TriageIdeaData {
  id: string;
  title: string;
  status: IdeaStatus;
  supportCount: number;
  qualifiedAt?: string | null;
  nextUpdateDueAt?: string | null;
  overdue: boolean;
}

const STAFF_STATUSES: IdeaStatus[] = ['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED'];

/** A date field's day (YYYY-MM-DD) as noon UTC, so the promised day is the same in every time zone; empty → none. */
export const dayToIso = (day: string) => (day.trim() ? new Date(`${day.trim()}T12:00:00Z`).toISOString() : null);

/** Handles typed by the team (comma separated) → member ids; an unknown handle is refused next to the field. */
function creditIds(typed: string, members: { id: string; handle: string }[]): string[] {
  const handles = typed
    .split(',')
    .map((handle) => handle.trim().replace(/^@/, ''))
    .filter(Boolean);
  const ids = handles.map((handle) => members.find((member) => member.handle.toLowerCase() === handle.toLowerCase())?.id);
  if (ids.some((id) => !id)) throw new ApiError('BAD_USER_INPUT', 'Unknown handle', 400, ['creditMemberIds']);
  return ids as string[];
}

/** One idea on the board: its figures, then its decisions (status with rationale, progress update, merge). */
export function TriageIdea(props: { idea: TriageIdeaData; targets: { id: string; title: string }[]; members: { id: string; handle: string }[]; onDone: (text: string) => void }) {
  const { idea, targets, onDone } = props;
  const t = useBrandT();
  const i18n = useI18n();
  const slug = useParams().community!;
  const status = (value: string) => i18n.t(`status.${value}` as MessageKey);
  const form = (name: string) => `${name}-${idea.id}`;
  return (
    <article className="panel" aria-labelledby={`idea-${idea.id}`}>
      <h3 id={`idea-${idea.id}`}>
        <Link to={`/c/${slug}/i/${idea.id}`}>{idea.title}</Link>
      </h3>
      <p className="meta">
        <span className={`status status-${idea.status.toLowerCase()}`}>{status(idea.status)}</span> · {t('brand.triage.supports', { count: i18n.number(idea.supportCount) })}
        {idea.qualifiedAt && <> · {t('brand.triage.qualifiedOn', { date: i18n.date(idea.qualifiedAt) })}</>}
        {idea.nextUpdateDueAt && <> · {t('brand.triage.nextUpdate', { date: i18n.date(idea.nextUpdateDueAt) })}</>}
        {idea.overdue && <strong> · {t('brand.triage.overdue')}</strong>}
      </p>
      <details>
        <summary>{t('brand.triage.manage', { title: idea.title })}</summary>
        <h4>{t('brand.triage.changeStatus')}</h4>
        <BrandForm
          id={form('status')}
          fields={['status', 'rationale', 'nextUpdateDueAt', 'creditMemberIds']}
          submitLabel="brand.triage.changeStatusSubmit"
          submit={(values) =>
            graphqlRequest(ChangeStatus, {
              input: {
                ideaId: idea.id,
                status: values.status as IdeaStatus,
                rationale: values.rationale,
                nextUpdateDueAt: dayToIso(values.nextUpdateDueAt ?? ''),
                ...(values.status === 'SHIPPED' ? { creditMemberIds: creditIds(values.creditMemberIds ?? '', props.members) } : {}),
              },
            })
          }
          onDone={(result, element) => {
            element.reset();
            onDone(t('brand.triage.statusChanged', { title: idea.title, status: status(result.changeIdeaStatus.status) }));
          }}
        >
          {(errorFor) => (
            <>
              <label htmlFor={`${form('status')}-status`}>{t('brand.triage.newStatus')}</label>
              <select id={`${form('status')}-status`} name="status" defaultValue={STAFF_STATUSES.find((candidate) => candidate !== idea.status)} aria-describedby={errorFor('status') ? `${form('status')}-status-error` : undefined}>
                {STAFF_STATUSES.filter((candidate) => candidate !== idea.status).map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {status(candidate)}
                  </option>
                ))}
              </select>
              {errorFor('status') && (
                <p id={`${form('status')}-status-error`} className="field-error" role="alert">
                  {errorFor('status')}
                </p>
              )}
              <BrandField form={form('status')} name="rationale" label="brand.triage.rationale" hint="brand.triage.rationaleHint" multiline error={errorFor('rationale')} />
              <BrandField form={form('status')} name="nextUpdateDueAt" type="date" label="brand.triage.nextUpdateField" hint="brand.triage.nextUpdateHint" error={errorFor('nextUpdateDueAt')} />
              <BrandField form={form('status')} name="creditMemberIds" label="brand.triage.credit" hint="brand.triage.creditHint" error={errorFor('creditMemberIds')} />
            </>
          )}
        </BrandForm>
        <h4>{t('brand.triage.postUpdate')}</h4>
        <BrandForm
          id={form('update')}
          fields={['text', 'nextUpdateDueAt']}
          submitLabel="brand.triage.postUpdateSubmit"
          submit={(values) => graphqlRequest(PostUpdate, { input: { ideaId: idea.id, text: values.text, nextUpdateDueAt: dayToIso(values.nextUpdateDueAt) ?? '' } })}
          onDone={(_result, element) => {
            element.reset();
            onDone(t('brand.triage.updatePosted', { title: idea.title }));
          }}
        >
          {(errorFor) => (
            <>
              <BrandField form={form('update')} name="text" label="brand.triage.updateText" hint="brand.triage.updateHint" multiline error={errorFor('text')} />
              <BrandField form={form('update')} name="nextUpdateDueAt" type="date" label="brand.triage.nextUpdateField" error={errorFor('nextUpdateDueAt')} />
            </>
          )}
        </BrandForm>
        {targets.length > 1 && (
          <>
            <h4>{t('brand.triage.merge')}</h4>
            <BrandForm
              id={form('merge')}
              fields={['intoIdeaId', 'rationale']}
              submitLabel="brand.triage.mergeSubmit"
              submit={(values) => graphqlRequest(MergeIdea, { input: { ideaId: idea.id, intoIdeaId: values.intoIdeaId, rationale: values.rationale } })}
              onDone={() => onDone(t('brand.triage.mergedDone', { title: idea.title }))}
            >
              {(errorFor) => (
                <>
                  <label htmlFor={`${form('merge')}-intoIdeaId`}>{t('brand.triage.mergeInto')}</label>
                  <select id={`${form('merge')}-intoIdeaId`} name="intoIdeaId">
                    {targets
                      .filter((target) => target.id !== idea.id)
                      .map((target) => (
                        <option key={target.id} value={target.id}>
                          {target.title}
                        </option>
                      ))}
                  </select>
                  <BrandField form={form('merge')} name="rationale" label="brand.triage.rationale" multiline error={errorFor('rationale')} />
                </>
              )}
            </BrandForm>
          </>
        )}
      </details>
    </article>
  );
}
