import { useRef, useState } from 'react';
import { useMemberT } from '../lib/i18n/member-i18n';
import { imageMarkdown, uploadImage } from '../lib/uploads';
import { describeMemberError } from './member-errors';

/** The formats the API accepts (it sniffs the bytes anyway: this only narrows the file picker). */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** A file name as a first description, until the member writes a better one: `broken-chain.jpg` → `broken chain`. */
export function altFromFileName(name: string): string {
  return name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_]+/g, ' ').trim().slice(0, 120);
}

/**
 * "Attach a photo" under the composer: a real button (keyboard, screen readers) opens the file picker, the upload
 * runs with a polite status, the returned Markdown is inserted where the cursor was, and its alt text stays
 * editable in a field of its own. A refusal (type, size, pixels, rate) shows next to the button; the text typed
 * so far is never touched by a failed upload.
 */
export function AttachPhoto(props: { fieldId: string; insert: (markdown: string) => void; replace: (before: string, after: string) => void }) {
  const t = useMemberT();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<{ url: string; alt: string } | null>(null);
  const errorId = `${props.fieldId}-photo-error`;

  async function attach(file: File) {
    setUploading(true);
    setError(null);
    try {
      const alt = altFromFileName(file.name);
      const image = await uploadImage(file, { alt });
      props.insert(image.markdown);
      setLast({ url: image.url, alt });
    } catch (caught) {
      setError(t(describeMemberError(caught).key));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  }

  function describe(alt: string) {
    if (!last) return;
    props.replace(imageMarkdown(last.url, last.alt), imageMarkdown(last.url, alt));
    setLast({ url: last.url, alt });
  }

  return (
    <div className="attach-photo">
      <button type="button" onClick={() => input.current?.click()} disabled={uploading} aria-describedby={error ? errorId : undefined}>
        {t('photo.attach')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void attach(file);
        }}
      />
      <p role="status" className="meta">
        {uploading ? (
          <>
            <progress aria-label={t('photo.uploading')} /> {t('photo.uploading')}
          </>
        ) : last ? (
          t('photo.attached')
        ) : null}
      </p>
      {last ? (
        <div className="field">
          <label htmlFor={`${props.fieldId}-alt`}>{t('photo.alt')}</label>
          <input id={`${props.fieldId}-alt`} type="text" value={last.alt} maxLength={200} aria-describedby={`${props.fieldId}-alt-hint`} onChange={(event) => describe(event.target.value)} />
          <p id={`${props.fieldId}-alt-hint`} className="meta">
            {t('photo.altHint')}
          </p>
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
