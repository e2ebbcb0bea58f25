import { graphql } from '../graphql-brand';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { BrandForm } from './brand-form';

const AssignToStaff = /* @__PURE__ */ graphql(`
  mutation AssignToStaff($input: AssignToStaffInput!) {
    assignToStaff(input: $input) {
      id
    }
  }
`);

export interface StaffOption {
  id: string;
  handle: string;
}

/** Hands a question or an idea to one staff member (assigning again hands it over); they are reminded before it is due. */
export function AssignForm({ contentId, title, staff, onDone }: { contentId: string; title: string; staff: StaffOption[]; onDone: (text: string) => void }) {
  const t = useBrandT();
  const id = `assign-${contentId}`;
  return (
    <BrandForm
      id={id}
      className="inline-form"
      fields={['assigneeId']}
      submitLabel="brand.followUp.assign"
      submit={(values) => graphqlRequest(AssignToStaff, { input: { contentId, assigneeId: values.assigneeId } })}
      onDone={() => onDone(t('brand.followUp.assigned', { title }))}
    >
      {(errorFor) => (
        <>
          <label htmlFor={`${id}-assigneeId`}>{t('brand.followUp.assignee', { title })}</label>
          <select id={`${id}-assigneeId`} name="assigneeId" aria-describedby={errorFor('assigneeId') ? `${id}-assigneeId-error` : undefined}>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.handle}
              </option>
            ))}
          </select>
          {errorFor('assigneeId') && (
            <p id={`${id}-assigneeId-error`} className="field-error" role="alert">
              {errorFor('assigneeId')}
            </p>
          )}
        </>
      )}
    </BrandForm>
  );
}
