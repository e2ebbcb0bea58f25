import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMemberT } from '../lib/i18n/member-i18n';
import type { MemberKey } from '../lib/i18n/member-en';

const MIN_LENGTH = 8;
const PAUSE_MS = 400;

/**
 * What already exists that looks like the title being typed (likely duplicates), asked of the API once the
 * member pauses. Announced politely; a failure just shows nothing (it is a help, not a step).
 */
export function SimilarList(props: { text: string; search: (text: string) => Promise<{ id: string; title: string }[]>; href: (id: string) => string; heading: MemberKey }) {
  const t = useMemberT();
  const [items, setItems] = useState<{ id: string; title: string }[]>([]);
  const { text, search } = props;
  useEffect(() => {
    const query = text.trim();
    if (query.length < MIN_LENGTH) {
      setItems([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      search(query).then(
        (found) => current && setItems(found),
        () => current && setItems([]),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, search]);
  return (
    <div aria-live="polite" className="live-region">
      {items.length > 0 ? (
        <section className="panel similar" aria-label={t(props.heading)}>
          <h2>{t(props.heading)}</h2>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <Link to={props.href(item.id)} target="_blank">
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
