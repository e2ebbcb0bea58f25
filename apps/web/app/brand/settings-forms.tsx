import { graphql } from '../graphql-brand';
import type { Role, SpaceKind } from '../graphql-brand/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import type { BrandKey } from '../lib/i18n/brand-en';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { BrandField, BrandForm } from './brand-form';

const SetRole = /* @__PURE__ */ graphql(`
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) {
      role
    }
  }
`);

const CreateSpace = /* @__PURE__ */ graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      name
    }
  }
`);

const SetIdeaPolicy = /* @__PURE__ */ graphql(`
  mutation SetIdeaPolicy($input: SetIdeaPolicyInput!) {
    setIdeaPolicy(input: $input) {
      updateEveryDays
    }
  }
`);

const ROLES: Role[] = ['MEMBER', 'MODERATOR', 'BRAND_STAFF', 'OWNER'];
const KINDS: SpaceKind[] = ['DISCUSSION', 'IDEAS'];
const optionalNumber = (value: string | undefined) => (value?.trim() ? Number(value) : null);

/** One member's role, changed by an owner (the API keeps at least one owner). */
export function RoleForm({ communityId, member, role, onDone }: { communityId: string; member: { id: string; handle: string }; role: Role; onDone: (text: string) => void }) {
  const t = useBrandT();
  const id = `role-${member.id}`;
  return (
    <BrandForm
      id={id}
      className="inline-form"
      fields={['role']}
      submitLabel="brand.save"
      submit={(values) => graphqlRequest(SetRole, { input: { communityId, memberId: member.id, role: values.role as Role } })}
      onDone={(result) => onDone(t('brand.settings.roleSaved', { handle: member.handle, role: t(`brand.settings.role.${result.setMemberRole.role}` as BrandKey) }))}
    >
      {() => (
        <>
          <label htmlFor={`${id}-role`}>{t('brand.settings.roleOf', { handle: member.handle })}</label>
          <select id={`${id}-role`} name="role" defaultValue={role}>
            {ROLES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`brand.settings.role.${candidate}` as BrandKey)}
              </option>
            ))}
          </select>
        </>
      )}
    </BrandForm>
  );
}

/** A new space: discussion or ideas. */
export function SpaceForm({ communityId, onDone }: { communityId: string; onDone: (text: string) => void }) {
  const t = useBrandT();
  return (
    <details>
      <summary>{t('brand.settings.newSpace')}</summary>
      <BrandForm
        id="new-space"
        fields={['name', 'slug', 'kind', 'description']}
        submitLabel="brand.settings.createSpace"
        submit={(values) => graphqlRequest(CreateSpace, { input: { communityId, name: values.name, slug: values.slug.trim(), kind: values.kind as SpaceKind, description: values.description } })}
        onDone={(result, element) => {
          element.reset();
          onDone(t('brand.settings.spaceCreated', { name: result.createSpace.name }));
        }}
      >
        {(errorFor) => (
          <>
            <BrandField form="new-space" name="name" label="brand.settings.spaceName" error={errorFor('name')} />
            <BrandField form="new-space" name="slug" label="brand.settings.spaceSlug" hint="brand.settings.spaceSlugHint" error={errorFor('slug')} />
            <label htmlFor="new-space-kind">{t('brand.settings.spaceKind')}</label>
            <select id="new-space-kind" name="kind">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`brand.settings.kind.${kind}`)}
                </option>
              ))}
            </select>
            <BrandField form="new-space" name="description" label="brand.settings.spaceDescription" multiline error={errorFor('description')} />
          </>
        )}
      </BrandForm>
    </details>
  );
}

interface PolicySpace {
  id: string;
  name: string;
  ideaPolicy?: { supportThreshold?: number | null; thresholdWindowDays?: number | null; supportBudget?: number | null; reviewCadenceDays?: number | null; updateEveryDays: number } | null;
}

/** How an ideas space works: qualification threshold and window, support budget, review rounds, update rhythm. */
export function IdeaPolicyForm({ space, onDone }: { space: PolicySpace; onDone: (text: string) => void }) {
  const t = useBrandT();
  const id = `policy-${space.id}`;
  const policy = space.ideaPolicy;
  const fields: [string, BrandKey, number | null | undefined][] = [
    ['supportThreshold', 'brand.settings.threshold.support', policy?.supportThreshold],
    ['thresholdWindowDays', 'brand.settings.windowDays', policy?.thresholdWindowDays],
    ['supportBudget', 'brand.settings.budget', policy?.supportBudget],
    ['reviewCadenceDays', 'brand.settings.cadence', policy?.reviewCadenceDays],
    ['updateEveryDays', 'brand.settings.updateEvery', policy?.updateEveryDays],
  ];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('brand.settings.policy', { space: space.name })}</h2>
      <p className="meta">{t('brand.settings.policyHint')}</p>
      <BrandForm
        id={id}
        fields={fields.map(([name]) => name)}
        submitLabel="brand.save"
        submit={(values) =>
          graphqlRequest(SetIdeaPolicy, {
            input: {
              spaceId: space.id,
              supportThreshold: optionalNumber(values.supportThreshold),
              thresholdWindowDays: optionalNumber(values.thresholdWindowDays),
              supportBudget: optionalNumber(values.supportBudget),
              reviewCadenceDays: optionalNumber(values.reviewCadenceDays),
              updateEveryDays: optionalNumber(values.updateEveryDays) ?? 30,
            },
          })
        }
        onDone={() => onDone(t('brand.settings.policySaved', { space: space.name }))}
      >
        {(errorFor) =>
          fields.map(([name, label, value]) => (
            <BrandField key={name} form={id} name={name} inputMode="numeric" label={label} defaultValue={value === null || value === undefined ? '' : String(value)} error={errorFor(name)} />
          ))
        }
      </BrandForm>
    </section>
  );
}
