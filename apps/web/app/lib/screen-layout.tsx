import type { ReactNode } from 'react';
import type { Notice } from './screen-data';

/** The frame of the member and workspace screens: title, their navigation, a polite live region for outcomes, the body. */
export function ScreenLayout(props: { title: string; navLabel: string; links: ReactNode; notice: Notice | null; children: ReactNode }) {
  return (
    <div className="me-layout">
      <title>{`${props.title} · Palabre`}</title>
      <nav aria-label={props.navLabel} className="me-nav">
        <ul>{props.links}</ul>
      </nav>
      <section className="me-body">
        <h1>{props.title}</h1>
        <div aria-live="polite" className="live-region">
          {props.notice && <p className={props.notice.ok ? 'badge ok' : 'form-error'}>{props.notice.text}</p>}
        </div>
        {props.children}
      </section>
    </div>
  );
}
