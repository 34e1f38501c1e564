import { createApp } from 'vue';
import CalfPain from './CalfPain.vue';

createApp(CalfPain).mount('#app');
