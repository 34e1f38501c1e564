import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'calf-pain-guide';
import type { CheckerResultDetail, Level } from 'calf-pain-guide';

@Component({
  selector: 'app-calf-pain',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <button id="spanish" (click)="locale.set('es')">Español</button>
    <button id="toggle-checker" (click)="hideChecker.set(!hideChecker())">
      Show or hide the checker
    </button>
    <p id="level">{{ level() ?? 'no result yet' }}</p>
    <calf-pain-guide
      region="AU"
      clinic-name="Riverside Physiotherapy"
      [locale]="locale()"
      [hideChecker]="hideChecker()"
      (calf-checker-result)="onResult($event)"
    ></calf-pain-guide>
  `,
})
export class CalfPainComponent {
  readonly locale = signal('en');
  readonly hideChecker = signal(false);
  readonly level = signal<Level | undefined>(undefined);

  onResult(event: CustomEvent<CheckerResultDetail>): void {
    this.level.set(event.detail.level);
  }
}
