import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { loadMessages, setLang } from '../i18n';

// Role queries skip the (slow, style-based) visibility check; tests assert visibility explicitly.
configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

// jsdom lacks a few browser APIs antd relies on.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function scrollIntoView() {};
// antd measures pseudo elements; jsdom prints "Not implemented" otherwise.
const realGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element) => realGetComputedStyle(elt);

// English is a lazy chunk in the app (see i18n/index.tsx); loaded here, tests switch with setLang('en') at once
beforeAll(async () => {
  await loadMessages('en');
});

beforeEach(() => {
  void setLang('vi');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Test files share one document per worker (vitest runs with isolate: false, several times faster):
// styles a file injected (antd's, when rendered without the mock StyleProvider) must not hide the
// next file's elements.
afterAll(() => {
  document.head.querySelectorAll('style').forEach((s) => s.remove());
  document.body.innerHTML = '';
});
