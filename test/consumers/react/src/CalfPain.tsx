import { useState } from 'react';
import 'calf-pain-guide';
import type { Level } from 'calf-pain-guide';

export function CalfPain() {
  const [locale, setLocale] = useState('en');
  const [hideChecker, setHideChecker] = useState(false);
  const [level, setLevel] = useState<Level>();
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
        region="AU"
        clinic-name="Riverside Physiotherapy"
        locale={locale}
        hide-checker={hideChecker}
        oncalf-checker-result={(event) => setLevel(event.detail.level)}
      />
    </>
  );
}
