import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initAuth } from './app/auth';
import { readConfig } from './app/config';
import { AppProviders } from './app/providers';
import { createRouter } from './app/router';
import { getMessages, initLang } from './i18n';
import './app/styles.css';

const rootElement = document.getElementById('root')!;
// the stored language's dictionary (English is fetched) while Keycloak signs in
const language = initLang();
void language.then((messages) => {
  rootElement.textContent = messages.app.signingIn;
});

Promise.all([language, initAuth(readConfig())])
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
    p.textContent = getMessages().app.authFailed;
    main.append(p);
    rootElement.append(main);
  });
