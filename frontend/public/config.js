// Runtime configuration of the SPA. The run and test scripts overwrite dist/config.js
// with the ports of the stack they start; nothing here is a secret.
window.CCHC_CONFIG = {
  keycloakUrl: 'http://localhost:8180',
  realm: 'cchc',
  clientId: 'cchc-spa',
  apiBase: '',
};
