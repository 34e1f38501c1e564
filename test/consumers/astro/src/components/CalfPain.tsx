'use client';
import { useEffect, useRef, useState } from 'react';
import 'calf-pain-guide';
import type { CalfPainGuide, CheckerResultDetail, Level } from 'calf-pain-guide';

export function CalfPain() {
  const guide = useRef<CalfPainGuide>(null);
  const [locale, setLocale] = useState('en');
  const [hideChecker, setHideChecker] = useState(false);
  const [level, setLevel] = useState<Level>();
  // A server-rendered element gets no `oncalf-checker-result` listener from React when it
  // hydrates: listen through a ref.
  useEffect(() => {
    const element = guide.current;
    if (!element) return;
    const onResult = (event: CustomEvent<CheckerResultDetail>) => setLevel(event.detail.level);
    element.addEventListener('calf-checker-result', onResult);
    return () => element.removeEventListener('calf-checker-result', onResult);
  }, []);
  return (
    <>
      <button id="spanish" onClick={() => setLocale('es')}>
        Español
      </button>
      <button id="toggle-checker" onClick={() => setHideChecker(!hideChecker)}>
        Show or hide the checker
      </button>
      <p id="level">{level ?? 'no result yet'}</p>
      <calf-pain-guide
        ref={guide}
        region="AU"
        clinic-name="Riverside Physiotherapy"
        locale={locale}
        hide-checker={hideChecker}
      />
    </>
  );
}
