import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const TAGS = ['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner'];

export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } }),
  ],
});
