import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initAuth } from './app/auth';
import { readConfig } from './app/config';
import { AppProviders } from './app/providers';
import { createRouter } from './app/router';
import { dictionaries, getLang } from './i18n';
import './app/styles.css';

const rootElement = document.getElementById('root')!;
const messages = dictionaries[getLang()];
rootElement.textContent = messages.app.signingIn;

initAuth(readConfig())
  .then(() => {
    rootElement.textContent = '';
    const router = createRouter();
    createRoot(rootElement).render(
      <StrictMode>
        <AppProviders>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Keycloak initialisation failed', error);
    rootElement.innerHTML = '';
    const main = document.createElement('main');
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = messages.app.authFailed;
    main.append(p);
    rootElement.append(main);
  });
