import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import vue from '@astrojs/vue';

const TAGS = ['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner'];

export default defineConfig({
  // No telemetry or dev toolbar: nothing leaves the machine.
  devToolbar: { enabled: false },
  integrations: [
    react(),
    vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } }),
  ],
});
