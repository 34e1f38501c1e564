import { mount } from 'svelte';
import CalfPain from './CalfPain.svelte';

mount(CalfPain, { target: document.getElementById('app')! });
