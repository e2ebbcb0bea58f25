import { useEffect, useId, useRef, useState } from 'react';
import { useMemberT } from '../lib/i18n/member-i18n';
import type { MemberKey } from '../lib/i18n/member-en';
import { AttachPhoto } from './attach-photo';
import { MentionList, useMentionSuggestions } from './mention-suggestions';

/**
 * A Markdown text area with a preview tab. The value is controlled by the form that owns it, so an error never
 * empties it. The preview renderer (marked + sanitize-html, the API's allow-list) is loaded on first use.
 */
export function MarkdownComposer(props: {
  name: string;
  label: MemberKey;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows?: number;
  /** The community whose members' handles are suggested after `@` (none: no suggestions). */
  communityId?: string;
}) {
  const t = useMemberT();
  const id = `field-${props.name}`;
  const tabs = useId();
  const [previewing, setPreviewing] = useState(false);
  const [html, setHtml] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const mentions = useMentionSuggestions({ communityId: props.communityId, listId: `${tabs}-mentions`, value: props.value, onChange: props.onChange, textarea });

  // An error about the text: back to writing, the cursor in the text (kept as typed).
  useEffect(() => {
    if (!props.error) return;
    setPreviewing(false);
    requestAnimationFrame(() => textarea.current?.focus());
  }, [props.error]);

  useEffect(() => {
    if (!previewing) return;
    let current = true;
    void import('./markdown-preview').then(({ renderPreview }) => {
      if (current) setHtml(renderPreview(props.value));
    });
    return () => {
      current = false;
    };
  }, [previewing, props.value]);

  // The photo's Markdown goes where the cursor was, on a line of its own.
  const insert = (markdown: string) => {
    const at = textarea.current?.selectionStart ?? props.value.length;
    const before = props.value.slice(0, at);
    const after = props.value.slice(at);
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    props.onChange(`${before}${lead}${markdown}\n\n${after.replace(/^\n+/, '')}`);
  };
  const replace = (before: string, after: string) => props.onChange(props.value.replace(before, () => after));

  const described = [`${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="composer">
      <label htmlFor={id}>{t(props.label)}</label>
      <p id={`${id}-hint`} className="meta">
        {t('composer.hint')}
      </p>
      <div className="composer-tabs" role="group" aria-label={t('composer.mode')}>
        <button type="button" aria-pressed={!previewing} aria-controls={`${tabs}-write`} onClick={() => setPreviewing(false)}>
          {t('composer.write')}
        </button>
        <button type="button" aria-pressed={previewing} aria-controls={`${tabs}-preview`} onClick={() => setPreviewing(true)}>
          {t('composer.preview')}
        </button>
      </div>
      <div id={`${tabs}-write`} hidden={previewing}>
        <textarea
          ref={textarea}
          id={id}
          name={props.name}
          rows={props.rows ?? 8}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described}
          {...mentions.textareaProps}
        />
        <MentionList listId={`${tabs}-mentions`} mentions={mentions} />
      </div>
      <section id={`${tabs}-preview`} className="prose preview" aria-label={t('composer.previewLabel')} hidden={!previewing}>
        {!previewing ? null : html === null ? (
          <p className="muted">{t('composer.loading')}</p>
        ) : html === '' ? (
          <p className="muted">{t('composer.empty')}</p>
        ) : (
          // Sanitised above with the API's own allow-list.
          <div dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </section>
      <AttachPhoto fieldId={id} insert={insert} replace={replace} />
      {props.error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
