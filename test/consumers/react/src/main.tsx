import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CalfPain } from './CalfPain';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CalfPain />
  </StrictMode>,
);
