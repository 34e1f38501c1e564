import { bootstrapApplication } from '@angular/platform-browser';
import { CalfPainComponent } from './calf-pain.component';

bootstrapApplication(CalfPainComponent).catch((error: unknown) => console.error(error));
