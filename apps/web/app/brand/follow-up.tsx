import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../graphql-brand';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { useI18n } from '../lib/i18n/i18n';
import { AssignForm, type StaffOption } from './assign-form';
import { BrandField, BrandForm } from './brand-form';
import { BrandScreen, brandMeta, useBrandData } from './brand-screen';
import { Campaigns } from './campaigns';

const FollowUp = /* @__PURE__ */ graphql(`
  query FollowUp($slug: String!) {
    community(slug: $slug) {
      id
      viewerWorkspaceScreens
      staff: members(first: 50, filter: { role: BRAND_STAFF }) {
        edges {
          node {
            member {
              id
              handle
            }
          }
        }
      }
      owners: members(first: 20, filter: { role: OWNER }) {
        edges {
          node {
            member {
              id
              handle
            }
          }
        }
      }
      spaces {
        id
        name
        kind
        responseCommitment {
          hours
          text
        }
        threads(first: 20, filter: { overdue: true }) {
          edges {
            node {
              id
              title
              expectedFirstResponseAt
            }
          }
        }
      }
    }
  }
`);

const Assignments = /* @__PURE__ */ graphql(`
  query StaffAssignments($communityId: ID!) {
    staffAssignments(communityId: $communityId) {
      id
      contentId
      contentType
      dueAt
      assignee {
        handle
      }
      content {
        ... on Thread {
          title
        }
        ... on Idea {
          title
        }
      }
    }
  }
`);

const Unassign = /* @__PURE__ */ graphql(`
  mutation UnassignStaff($contentId: ID!) {
    unassignStaff(contentId: $contentId)
  }
`);

const SetCommitment = /* @__PURE__ */ graphql(`
  mutation SetResponseCommitment($input: SetResponseCommitmentInput!) {
    setResponseCommitment(input: $input) {
      id
    }
  }
`);

export const meta = brandMeta;

/** The brand team's follow-up: overdue questions per space and their answer-time commitment, assignments, campaigns. */
export default function FollowUpPage() {
  const t = useBrandT();
  const i18n = useI18n();
  const slug = useParams().community!;
  const load = useCallback(async () => {
    const { community } = await graphqlRequest(FollowUp, { slug });
    const { staffAssignments } = await graphqlRequest(Assignments, { communityId: community.id });
    return { community, assignments: staffAssignments };
  }, [slug]);
  const { data, reload, notice, setNotice, fail } = useBrandData(load);
  const done = (text: string) => {
    setNotice({ text, ok: true });
    void reload();
  };

  return (
    <BrandScreen slug={slug} title="brand.followUp.title" screens={data?.community.viewerWorkspaceScreens} notice={notice} loaded={Boolean(data)}>
      {() => {
        const { community, assignments } = data!;
        const staff: StaffOption[] = [...community.owners.edges, ...community.staff.edges].map(({ node }) => node.member);
        return (
          <>
            <section aria-labelledby="assignments-heading">
              <h2 id="assignments-heading">{t('brand.followUp.assignments', { count: assignments.length })}</h2>
              {assignments.length === 0 ? (
                <p>{t('brand.triage.none')}</p>
              ) : (
                <ul>
                  {assignments.map((assignment) => {
                    const title = assignment.content && 'title' in assignment.content ? assignment.content.title : assignment.contentId;
                    return (
                      <li key={assignment.id}>
                        {title} · {assignment.assignee?.handle ?? '—'}
                        {assignment.dueAt && <> · {t('brand.followUp.due', { date: i18n.dateTime(assignment.dueAt) })}</>}{' '}
                        <button type="button" className="link-button" onClick={() => void graphqlRequest(Unassign, { contentId: assignment.contentId }).then(() => done(t('brand.followUp.unassigned', { title })), fail)}>
                          {t('brand.followUp.unassign', { title })}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
            {community.spaces
              .filter((space) => space.kind === 'DISCUSSION')
              .map((space) => (
                <section key={space.id} aria-labelledby={`space-${space.id}`}>
                  <h2 id={`space-${space.id}`}>{space.name}</h2>
                  <p className="meta">
                    {space.responseCommitment ? t('brand.followUp.commitment', { hours: space.responseCommitment.hours }) : t('brand.followUp.noCommitment')}
                  </p>
                  <h3>{t('brand.followUp.overdue', { count: space.threads.edges.length })}</h3>
                  {space.threads.edges.length === 0 ? (
                    <p>{t('brand.triage.none')}</p>
                  ) : (
                    <ul>
                      {space.threads.edges.map(({ node }) => (
                        <li key={node.id}>
                          <Link to={`/c/${slug}/t/${node.id}`}>{node.title}</Link>
                          {node.expectedFirstResponseAt && <> · {t('brand.followUp.due', { date: i18n.dateTime(node.expectedFirstResponseAt) })}</>}
                          <AssignForm contentId={node.id} title={node.title} staff={staff} onDone={done} />
                        </li>
                      ))}
                    </ul>
                  )}
                  <details>
                    <summary>{t('brand.followUp.setCommitment', { space: space.name })}</summary>
                    <BrandForm
                      id={`commitment-${space.id}`}
                      fields={['hours', 'text']}
                      submitLabel="brand.save"
                      submit={(values) =>
                        graphqlRequest(SetCommitment, { input: { spaceId: space.id, hours: values.hours.trim() ? Number(values.hours) : null, text: values.text } })
                      }
                      onDone={() => done(t('brand.followUp.commitmentSaved', { space: space.name }))}
                    >
                      {(errorFor) => (
                        <>
                          <BrandField
                            form={`commitment-${space.id}`}
                            name="hours"
                            inputMode="numeric"
                            label="brand.followUp.hours"
                            hint="brand.followUp.hoursHint"
                            defaultValue={space.responseCommitment ? String(space.responseCommitment.hours) : ''}
                            error={errorFor('hours')}
                          />
                          <BrandField form={`commitment-${space.id}`} name="text" label="brand.followUp.commitmentText" defaultValue={space.responseCommitment?.text ?? ''} error={errorFor('text')} />
                        </>
                      )}
                    </BrandForm>
                  </details>
                </section>
              ))}
            <Campaigns slug={slug} spaces={community.spaces.filter((space) => space.kind === 'IDEAS')} onDone={done} />
          </>
        );
      }}
    </BrandScreen>
  );
}
