import { data, Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { graphql } from '../graphql';
import type { MemberProfilePageQuery } from '../graphql/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import type { MessageKey } from '../lib/i18n/en';
import { formatters, resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { notFound, orThrowResponse } from '../lib/route-errors';

const MemberProfilePageQuery = /* @__PURE__ */ graphql(`
  query MemberProfilePage($handle: String!) {
    memberByHandle(handle: $handle) {
      id
      handle
      createdAt
      publicMemberships {
        joinedAt
        reputation
        community {
          id
          slug
          name
          locale
        }
        badges {
          kind
          name
          description
          awardedAt
        }
        reciprocity {
          answersGiven
          answersReceived
          kudosGiven
          kudosReceived
          membersHelped
          helpedBy
        }
        recentThreads(first: 5) {
          id
          title
          createdAt
        }
      }
    }
  }
`);

type Membership = NonNullable<MemberProfilePageQuery['memberByHandle']>['publicMemberships'][number];
type Figure = keyof NonNullable<Membership['reciprocity']>;

const FIGURES: ReadonlyArray<[Figure, MessageKey]> = [
  ['answersGiven', 'profile.answersGiven'],
  ['answersReceived', 'profile.answersReceived'],
  ['kudosGiven', 'profile.kudosGiven'],
  ['kudosReceived', 'profile.kudosReceived'],
  ['membersHelped', 'profile.membersHelped'],
  ['helpedBy', 'profile.helpedBy'],
];

/** Erased accounts keep a tombstone handle ("former-member-12"): they have no profile, and the page says so. */
const FORMER_MEMBER = /^former-member-/i;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const handle = params.handle ?? '';
  if (FORMER_MEMBER.test(handle)) throw data({ code: 'FORMER_MEMBER' }, { status: 404 });
  const { memberByHandle: member } = await orThrowResponse(graphqlRequest(MemberProfilePageQuery, { handle }, { request }));
  if (!member) notFound();
  return {
    member,
    // A profile spans communities of both languages: the page speaks the reader's (each community's name keeps its own `lang`).
    locale: resolveLocale({ acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/members/${member.handle}`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: loaded }) => {
  if (!loaded) return [];
  const { t } = formatters(loaded.locale);
  return pageMeta({ title: t('profile.title', { handle: loaded.member.handle }), description: t('profile.description', { handle: loaded.member.handle }), url: loaded.url, type: 'website', locale: loaded.locale });
};

/** A member's public profile: pseudonym, member since, and per public community their recognition and latest questions. */
export default function MemberProfilePage() {
  const { member } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <>
      <h1>{t('profile.title', { handle: member.handle })}</h1>
      <p className="lead">{t('profile.since', { date: date(member.createdAt) })}</p>
      {member.publicMemberships.length === 0 ? (
        <p className="meta">{t('profile.noCommunity')}</p>
      ) : (
        member.publicMemberships.map((membership) => <CommunityProfile key={membership.community.id} membership={membership} />)
      )}
    </>
  );
}

function CommunityProfile({ membership }: { membership: Membership }) {
  const { t, date, number } = useI18n();
  const { community, reciprocity } = membership;
  const headingId = `community-${community.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <section aria-labelledby={headingId} className="panel profile-community">
      <h2 id={headingId} lang={community.locale.toLowerCase()}>
        <Link to={`/c/${community.slug}`}>{community.name}</Link>
      </h2>
      <p className="meta">
        {t('profile.joined', { date: date(membership.joinedAt) })} · {t('profile.reputation', { count: number(membership.reputation) })}
      </p>
      <h3>{t('profile.badges')}</h3>
      {membership.badges.length === 0 ? (
        <p className="meta">{t('profile.noBadges')}</p>
      ) : (
        <ul className="tags badges">
          {membership.badges.map((badge) => (
            <li key={badge.kind}>
              <strong>{badge.name}</strong> · {badge.description} · {date(badge.awardedAt)}
            </li>
          ))}
        </ul>
      )}
      {reciprocity && (
        <>
          <h3>{t('profile.reciprocity')}</h3>
          <dl className="facts reciprocity">
            {FIGURES.map(([field, label]) => (
              <div key={field}>
                <dt>{t(label)}</dt>
                <dd>{number(reciprocity[field])}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h3>{t('profile.recentThreads')}</h3>
      {membership.recentThreads.length === 0 ? (
        <p className="meta">{t('profile.noThreads')}</p>
      ) : (
        <ul>
          {membership.recentThreads.map((thread) => (
            <li key={thread.id}>
              <Link to={`/c/${community.slug}/t/${thread.id}`}>{thread.title}</Link> <span className="meta">· {date(thread.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
