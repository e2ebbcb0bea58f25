import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { useMemberT } from '../lib/i18n/member-i18n';
import { useAction } from './use-action';

const Follow = /* @__PURE__ */ graphql(`
  mutation Follow($targetId: ID!) {
    follow(targetId: $targetId)
  }
`);
const Unfollow = /* @__PURE__ */ graphql(`
  mutation Unfollow($targetId: ID!) {
    unfollow(targetId: $targetId)
  }
`);
const GiveKudos = /* @__PURE__ */ graphql(`
  mutation GiveKudos($input: GiveKudosInput!) {
    giveKudos(input: $input) {
      id
    }
  }
`);
const WithdrawKudos = /* @__PURE__ */ graphql(`
  mutation WithdrawKudos($contentId: ID!) {
    withdrawKudos(contentId: $contentId)
  }
`);

function ActionError({ text }: { text: string | null }) {
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** Follow or unfollow a thread or an idea (notifications of what happens there). */
export function FollowButton(props: { targetId: string; following: boolean; onDone: () => Promise<unknown>; label: 'thread' | 'idea' }) {
  const t = useMemberT();
  const { pending, error, run } = useAction();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => void run(async () => {
          await (props.following ? graphqlRequest(Unfollow, { targetId: props.targetId }) : graphqlRequest(Follow, { targetId: props.targetId }));
          await props.onDone();
        })}
      >
        {props.following ? t(`follow.${props.label}.on`) : t(`follow.${props.label}.off`)}
      </button>
      <ActionError text={error} />
    </>
  );
}

/** Thank the author (or take the kudos back). */
export function KudosButton(props: { contentId: string; given: boolean; onDone: () => Promise<unknown> }) {
  const t = useMemberT();
  const { pending, error, run } = useAction();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => void run(async () => {
          await (props.given ? graphqlRequest(WithdrawKudos, { contentId: props.contentId }) : graphqlRequest(GiveKudos, { input: { contentId: props.contentId } }));
          await props.onDone();
        })}
      >
        {props.given ? t('kudos.given') : t('kudos.give')}
      </button>
      <ActionError text={error} />
    </>
  );
}
