import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../graphql-workspace';
import { graphqlRequest } from '../lib/graphql-client';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { describeWorkspaceError } from '../lib/workspace-errors';
import type { QueueData } from './workspace-types';

const CreateTemplate = /* @__PURE__ */ graphql(`
  mutation CreateReasonTemplate($input: CreateReasonTemplateInput!) {
    createReasonTemplate(input: $input) {
      id
    }
  }
`);

const UpdateTemplate = /* @__PURE__ */ graphql(`
  mutation UpdateReasonTemplate($input: UpdateReasonTemplateInput!) {
    updateReasonTemplate(input: $input) {
      id
    }
  }
`);

const DeleteTemplate = /* @__PURE__ */ graphql(`
  mutation DeleteReasonTemplate($id: ID!) {
    deleteReasonTemplate(templateId: $id)
  }
`);

type Template = QueueData['templates'][number];

/** The community's saved reasons, shared by its moderators: add, edit, delete. */
export function ReasonTemplates({ communityId, templates, onChanged }: { communityId: string; templates: Template[]; onChanged: () => Promise<void> }) {
  const t = useWorkspaceT();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<WorkspaceKey | null>(null);
  return (
    <section aria-labelledby="reason-templates-heading">
      <h2 id="reason-templates-heading">{t('workspace.templates.title')}</h2>
      <div aria-live="polite" className="live-region">
        {notice && <p className="badge ok">{t(notice)}</p>}
      </div>
      {templates.length === 0 && <p>{t('workspace.templates.none')}</p>}
      <ul className="cards reason-templates">
        {templates.map((template) => (
          <li key={template.id} className="card">
            {editing === template.id ? (
              <TemplateForm
                initial={template}
                submitLabel="workspace.templates.save"
                save={(values) => graphqlRequest(UpdateTemplate, { input: { templateId: template.id, ...values } })}
                onDone={async () => {
                  setEditing(null);
                  setNotice('workspace.templates.saved');
                  await onChanged();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <h3>{template.title}</h3>
                <p>{template.reason}</p>
                <button type="button" aria-label={`${t('workspace.templates.edit')}: ${template.title}`} onClick={() => setEditing(template.id)}>
                  {t('workspace.templates.edit')}
                </button>{' '}
                <button
                  type="button"
                  aria-label={`${t('workspace.templates.delete')}: ${template.title}`}
                  onClick={() =>
                    void graphqlRequest(DeleteTemplate, { id: template.id }).then(async () => {
                      setNotice('workspace.templates.deleted');
                      await onChanged();
                    })
                  }
                >
                  {t('workspace.templates.delete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('workspace.templates.new')}</h3>
      <TemplateForm
        initial={{ title: '', reason: '' }}
        submitLabel="workspace.templates.add"
        save={(values) => graphqlRequest(CreateTemplate, { input: { communityId, ...values } })}
        onDone={async () => {
          setNotice('workspace.templates.added');
          await onChanged();
        }}
      />
    </section>
  );
}

interface FormProps {
  initial: { title: string; reason: string };
  submitLabel: WorkspaceKey;
  save: (values: { title: string; reason: string }) => Promise<unknown>;
  onDone: () => Promise<void>;
  onCancel?: () => void;
}

/** Title and reason of a template; the API's refusal shows next to the field it concerns, and typed text stays. */
function TemplateForm({ initial, submitLabel, save, onDone, onCancel }: FormProps) {
  const t = useWorkspaceT();
  const ids = useId();
  const [title, setTitle] = useState(initial.title);
  const [reason, setReason] = useState(initial.reason);
  const [error, setError] = useState<{ field: 'title' | 'reason' | null; key: WorkspaceKey } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await save({ title, reason });
      setError(null);
      if (!onCancel) {
        setTitle('');
        setReason('');
      }
      await onDone();
    } catch (failure) {
      const described = describeWorkspaceError(failure, 'title');
      const field = described.field === 'reason' ? 'reason' : described.field === 'title' ? 'title' : null;
      setError({ field, key: described.key });
      if (field) document.getElementById(`${ids}-${field}`)?.focus();
    }
  }

  const fieldError = (field: 'title' | 'reason') =>
    error?.field === field ? (
      <p id={`${ids}-${field}-error`} role="alert" className="form-error">
        {t(error.key)}
      </p>
    ) : null;
  const described = (field: 'title' | 'reason') => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${ids}-${field}-error` } : {});

  return (
    <form className="account-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${ids}-title`}>{t('workspace.templates.titleField')}</label>
      <input id={`${ids}-title`} value={title} maxLength={80} onChange={(event) => setTitle(event.target.value)} {...described('title')} />
      {fieldError('title')}
      <label htmlFor={`${ids}-reason`}>{t('workspace.templates.reasonField')}</label>
      <textarea id={`${ids}-reason`} value={reason} rows={2} onChange={(event) => setReason(event.target.value)} {...described('reason')} />
      {fieldError('reason')}
      {error && !error.field && (
        <p role="alert" className="form-error">
          {t(error.key)}
        </p>
      )}
      <button type="submit">{t(submitLabel)}</button>
      {onCancel && (
        <>
          {' '}
          <button type="button" onClick={onCancel}>
            {t('workspace.templates.cancel')}
          </button>
        </>
      )}
    </form>
  );
}
